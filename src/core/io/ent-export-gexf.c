/* ent-export-gexf.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-gexf.h"
#include "ent-export-private.h"
#include "ent-palette.h"

struct _EntExportGexf
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportGexf, ent_export_gexf, ENT_TYPE_EXPORTER)

static const char header[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
  " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
  " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";

static const char attributes[] =
  "    <attributes class=\"node\" mode=\"static\">\n"
  "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
  "      <attribute id=\"camp\" title=\"camp\" type=\"integer\"/>\n"
  "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
  "    </attributes>\n"
  "    <attributes class=\"edge\" mode=\"static\">\n"
  "      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n"
  "      <attribute id=\"statements\" title=\"statements\" type=\"integer\"/>\n"
  "    </attributes>\n";

static void
attvalue (GString    *out,
          const char *key,
          const char *value)
{
  g_string_append_printf (out, "        <attvalue for=\"%s\" value=\"", key);
  _ent_export_append_xml (out, value);
  g_string_append (out, "\"/>\n");
}

static void
viz_color (GString    *out,
           const char *hex)
{
  EntColor color;

  ent_color_parse (hex, &color);
  g_string_append_printf (out, "      <viz:color r=\"%d\" g=\"%d\" b=\"%d\" a=\"1.0\"/>\n",
                          (int)(color.red * 255 + 0.5), (int)(color.green * 255 + 0.5),
                          (int)(color.blue * 255 + 0.5));
}

static const char *
viz_shape (EntActorKind kind)
{
  switch (kind)
    {
    case ENT_ACTOR_KIND_PERSON: return "square";
    case ENT_ACTOR_KIND_ORGANISATION: return "diamond";
    case ENT_ACTOR_KIND_GROUP: return "triangle";
    case ENT_ACTOR_KIND_STATE:
    default: return "disc";
    }
}

/* GEXF's y axis points up, as in Gephi, and ours down, as on screen: the
 * sign flips so that the first camp is still on the left and the picture
 * is not upside down. */
static void
write_node (GString              *out,
            const EntNetworkNode *node)
{
  char color[8], number[32];

  _ent_export_node_color (node, color);
  g_string_append (out, "      <node id=\"");
  _ent_export_append_xml (out, ent_actor_get_id (node->actor));
  g_string_append (out, "\" label=\"");
  _ent_export_append_xml (out, ent_actor_get_name (node->actor));
  g_string_append (out, "\">\n        <attvalues>\n");
  attvalue (out, "kind", ent_actor_kind_to_string (ent_actor_get_kind (node->actor)));
  g_snprintf (number, sizeof number, "%d", node->camp);
  attvalue (out, "camp", number);
  g_snprintf (number, sizeof number, "%u", node->mentions);
  attvalue (out, "mentions", number);
  g_string_append (out, "        </attvalues>\n  ");
  viz_color (out, color);
  g_string_append (out, "        <viz:position x=\"");
  _ent_export_append_number (out, "%.2f", node->x);
  g_string_append (out, "\" y=\"");
  _ent_export_append_number (out, "%.2f", -node->y);
  g_string_append (out, "\" z=\"0.0\"/>\n        <viz:size value=\"");
  _ent_export_append_number (out, "%.2f", _ent_export_node_size (node));
  g_string_append_printf (out, "\"/>\n        <viz:shape value=\"%s\"/>\n      </node>\n",
                          viz_shape (ent_actor_get_kind (node->actor)));
}

static void
write_edge (GString             *out,
            EntNetwork          *network,
            guint                index,
            const EntNetworkTie *tie)
{
  char color[8];

  _ent_export_tie_color (tie->sign, color);
  g_string_append_printf (out, "      <edge id=\"%u\" source=\"", index);
  _ent_export_append_xml (out, ent_actor_get_id (ent_network_get_node (network, tie->source)->actor));
  g_string_append (out, "\" target=\"");
  _ent_export_append_xml (out, ent_actor_get_id (ent_network_get_node (network, tie->target)->actor));
  g_string_append (out, "\" weight=\"");
  _ent_export_append_number (out, "%.6f", tie->weight);
  g_string_append_printf (out, "\" label=\"%s\">\n        <attvalues>\n"
                          "          <attvalue for=\"sign\" value=\"%d\"/>\n"
                          "          <attvalue for=\"statements\" value=\"%u\"/>\n"
                          "        </attvalues>\n  ",
                          _ent_export_sign_name (tie->sign), tie->sign,
                          tie->statements ? tie->statements->len : 0);
  viz_color (out, color);
  g_string_append (out, "        <viz:thickness value=\"");
  _ent_export_append_number (out, "%.2f", _ent_export_tie_width (tie));
  g_string_append_printf (out, "\"/>\n        <viz:shape value=\"%s\"/>\n      </edge>\n",
                          tie->sign > 0 ? "solid" : tie->sign < 0 ? "dashed" : "dotted");
}

static GBytes *
ent_export_gexf_serialize (EntExporter  *exporter,
                           guint         part,
                           GError      **error)
{
  EntNetwork *network = ent_exporter_get_network (exporter);
  g_autofree char *title = ent_exporter_dup_title (exporter);
  GString *out = g_string_sized_new (4096 + 500 * ent_network_get_n_ties (network));

  g_string_append (out, header);
  g_string_append (out, "  <meta>\n    <creator>Entente</creator>\n    <description>");
  _ent_export_append_xml (out, title);
  g_string_append (out, "</description>\n  </meta>\n"
                   "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
  g_string_append (out, attributes);
  g_string_append (out, "    <nodes>\n");
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    write_node (out, ent_network_get_node (network, i));
  g_string_append (out, "    </nodes>\n    <edges>\n");
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    write_edge (out, network, i, ent_network_get_tie (network, i));
  g_string_append (out, "    </edges>\n  </graph>\n</gexf>\n");
  return g_string_free_to_bytes (out);
}

static void
ent_export_gexf_class_init (EntExportGexfClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "gexf";
  exporter_class->extension = "gexf";
  exporter_class->mime_type = "application/gexf+xml";
  exporter_class->description = N_("GEXF 1.3 (Gephi)");
  exporter_class->serialize = ent_export_gexf_serialize;
}

static void
ent_export_gexf_init (EntExportGexf *self)
{
}
