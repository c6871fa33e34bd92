/* ent-export-graphml.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-graphml.h"
#include "ent-export-private.h"

struct _EntExportGraphml
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportGraphml, ent_export_graphml, ENT_TYPE_EXPORTER)

/* Plain keys with attr.name and attr.type are what Gephi, Cytoscape,
 * igraph and networkx read. yEd draws only its own yFiles graphics
 * extension, so every node and edge carries one as well; it comes before
 * the plain keys because networkx reads the label and position out of it
 * too, and the plain values, read last, must win. */
static const char header[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
  " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
  " xmlns:y=\"http://www.yworks.com/xml/graphml\""
  " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
  " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
  "  <key id=\"title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
  "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
  "  <key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
  "  <key id=\"n_camp\" for=\"node\" attr.name=\"camp\" attr.type=\"int\">\n"
  "    <desc>Index of the camp, largest first; -1 for an actor of no camp</desc>\n"
  "  </key>\n"
  "  <key id=\"n_x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
  "  <key id=\"n_y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n"
  "  <key id=\"n_color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n"
  "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
  "  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
  "  <key id=\"e_sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\">\n"
  "    <desc>1 for an alliance, -1 for an opposition, 0 when the statements cancel out</desc>\n"
  "  </key>\n"
  "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
  "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
  "  <key id=\"e_color\" for=\"edge\" attr.name=\"color\" attr.type=\"string\"/>\n"
  "  <key id=\"e_statements\" for=\"edge\" attr.name=\"statements\" attr.type=\"int\"/>\n"
  "  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";

static void
data_string (GString    *out,
             const char *key,
             const char *value)
{
  g_string_append_printf (out, "      <data key=\"%s\">", key);
  _ent_export_append_xml (out, value);
  g_string_append (out, "</data>\n");
}

static void
data_number (GString    *out,
             const char *key,
             const char *format,
             double      value)
{
  g_string_append_printf (out, "      <data key=\"%s\">", key);
  _ent_export_append_number (out, format, value);
  g_string_append (out, "</data>\n");
}

static const char *
yed_shape (EntActorKind kind)
{
  switch (kind)
    {
    case ENT_ACTOR_KIND_PERSON: return "rectangle";
    case ENT_ACTOR_KIND_ORGANISATION: return "diamond";
    case ENT_ACTOR_KIND_GROUP: return "triangle";
    case ENT_ACTOR_KIND_STATE:
    default: return "ellipse";
    }
}

static void
write_node_graphics (GString              *out,
                     const EntNetworkNode *node,
                     const char           *color)
{
  double r = _ent_export_node_size (node);

  g_string_append (out, "      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry x=\"");
  _ent_export_append_number (out, "%.2f", node->x - r);
  g_string_append (out, "\" y=\"");
  _ent_export_append_number (out, "%.2f", node->y - r);
  g_string_append (out, "\" width=\"");
  _ent_export_append_number (out, "%.2f", 2 * r);
  g_string_append (out, "\" height=\"");
  _ent_export_append_number (out, "%.2f", 2 * r);
  g_string_append_printf (out, "\"/><y:Fill color=\"%s\" transparent=\"false\"/>"
                          "<y:BorderStyle color=\"#FFFFFF\" type=\"line\" width=\"1.5\"/>"
                          "<y:NodeLabel modelName=\"sides\" modelPosition=\"s\">", color);
  _ent_export_append_xml (out, ent_actor_get_name (node->actor));
  g_string_append_printf (out, "</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
                          yed_shape (ent_actor_get_kind (node->actor)));
}

static void
write_node (GString              *out,
            const EntNetworkNode *node)
{
  char color[8];

  _ent_export_node_color (node, color);
  g_string_append (out, "    <node id=\"");
  _ent_export_append_xml (out, ent_actor_get_id (node->actor));
  g_string_append (out, "\">\n");
  write_node_graphics (out, node, color);
  data_string (out, "n_label", ent_actor_get_name (node->actor));
  data_string (out, "n_kind", ent_actor_kind_to_string (ent_actor_get_kind (node->actor)));
  data_number (out, "n_camp", "%.0f", node->camp);
  data_number (out, "n_x", "%.2f", node->x);
  data_number (out, "n_y", "%.2f", node->y);
  data_string (out, "n_color", color);
  data_number (out, "n_mentions", "%.0f", node->mentions);
  g_string_append (out, "    </node>\n");
}

static void
write_edge (GString             *out,
            EntNetwork          *network,
            guint                index,
            const EntNetworkTie *tie)
{
  char color[8];

  _ent_export_tie_color (tie->sign, color);
  g_string_append_printf (out, "    <edge id=\"e%u\" source=\"", index);
  _ent_export_append_xml (out, ent_actor_get_id (ent_network_get_node (network, tie->source)->actor));
  g_string_append (out, "\" target=\"");
  _ent_export_append_xml (out, ent_actor_get_id (ent_network_get_node (network, tie->target)->actor));
  g_string_append_printf (out, "\">\n      <data key=\"e_graphics\"><y:PolyLineEdge>"
                          "<y:LineStyle color=\"%s\" type=\"%s\" width=\"", color,
                          tie->sign > 0 ? "line" : tie->sign < 0 ? "dashed" : "dotted");
  _ent_export_append_number (out, "%.2f", _ent_export_tie_width (tie));
  g_string_append (out, "\"/><y:Arrows source=\"none\" target=\"none\"/></y:PolyLineEdge></data>\n");
  data_number (out, "e_sign", "%.0f", tie->sign);
  data_number (out, "e_weight", "%.6g", tie->weight);
  data_string (out, "e_label", _ent_export_sign_name (tie->sign));
  data_string (out, "e_color", color);
  data_number (out, "e_statements", "%.0f", tie->statements ? tie->statements->len : 0);
  g_string_append (out, "    </edge>\n");
}

static GBytes *
ent_export_graphml_serialize (EntExporter  *exporter,
                              guint         part,
                              GError      **error)
{
  EntNetwork *network = ent_exporter_get_network (exporter);
  g_autofree char *title = ent_exporter_dup_title (exporter);
  GString *out = g_string_sized_new (4096 + 700 * ent_network_get_n_ties (network));

  g_string_append (out, header);
  g_string_append (out, "  <graph id=\"G\" edgedefault=\"undirected\">\n");
  g_string_append (out, "    <data key=\"title\">");
  _ent_export_append_xml (out, title);
  g_string_append (out, "</data>\n");
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    write_node (out, ent_network_get_node (network, i));
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    write_edge (out, network, i, ent_network_get_tie (network, i));
  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free_to_bytes (out);
}

static void
ent_export_graphml_class_init (EntExportGraphmlClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "graphml";
  exporter_class->extension = "graphml";
  exporter_class->mime_type = "application/graphml+xml";
  exporter_class->description = N_("GraphML (Gephi, Cytoscape, yEd, igraph, networkx)");
  exporter_class->serialize = ent_export_graphml_serialize;
}

static void
ent_export_graphml_init (EntExportGraphml *self)
{
}
