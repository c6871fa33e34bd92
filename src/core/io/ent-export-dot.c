/* ent-export-dot.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-dot.h"
#include "ent-export-private.h"
#include "ent-scene.h"

struct _EntExportDot
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportDot, ent_export_dot, ENT_TYPE_EXPORTER)

/* Appends @text as a DOT quoted string. Inside quotes Graphviz's scanner
 * only treats \" and backslash-newline specially; in labels it then reads
 * \\ as one backslash and \n as a line break. A backslash just before the
 * closing quote would escape the quote, whatever precedes it, so a string
 * ending in a backslash gets a trailing space. */
static void
append_quoted (GString    *out,
               const char *text)
{
  const char *p = text ? text : "";

  g_string_append_c (out, '"');
  for (; *p; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': break;
      default: g_string_append_c (out, *p);
      }
  if (p > text && p[-1] == '\\')
    g_string_append_c (out, ' ');
  g_string_append_c (out, '"');
}

static const char *
dot_shape (EntActorKind kind)
{
  switch (kind)
    {
    case ENT_ACTOR_KIND_PERSON: return "square";
    case ENT_ACTOR_KIND_ORGANISATION: return "diamond";
    case ENT_ACTOR_KIND_GROUP: return "triangle";
    case ENT_ACTOR_KIND_STATE:
    default: return "circle";
    }
}

/* Positions are in points with y up, as Graphviz has them, and pinned
 * with "!", so that `neato -n2` draws Entente's layout as it is. */
static void
write_node (GString              *out,
            const EntNetworkNode *node)
{
  char color[8];

  _ent_export_node_color (node, color);
  g_string_append (out, "  ");
  append_quoted (out, ent_actor_get_id (node->actor));
  g_string_append (out, " [label=");
  append_quoted (out, ent_actor_get_name (node->actor));
  g_string_append (out, ", pos=\"");
  _ent_export_append_number (out, "%.2f", node->x);
  g_string_append_c (out, ',');
  _ent_export_append_number (out, "%.2f", -node->y);
  g_string_append_printf (out, "!\", shape=%s, fillcolor=\"%s\", width=", dot_shape (ent_actor_get_kind (node->actor)), color);
  _ent_export_append_number (out, "%.3f", 2 * _ent_export_node_size (node) / 72);
  g_string_append_printf (out, ", kind=\"%s\", camp=%d, mentions=%u];\n",
                          ent_actor_kind_to_string (ent_actor_get_kind (node->actor)),
                          node->camp, node->mentions);
}

static void
write_edge (GString             *out,
            EntNetwork          *network,
            const EntNetworkTie *tie)
{
  char color[8];

  _ent_export_tie_color (tie->sign, color);
  g_string_append (out, "  ");
  append_quoted (out, ent_actor_get_id (ent_network_get_node (network, tie->source)->actor));
  g_string_append (out, " -- ");
  append_quoted (out, ent_actor_get_id (ent_network_get_node (network, tie->target)->actor));
  g_string_append_printf (out, " [color=\"%s\", style=%s, penwidth=", color,
                          tie->sign > 0 ? "solid" : tie->sign < 0 ? "dashed" : "dotted");
  _ent_export_append_number (out, "%.2f", _ent_export_tie_width (tie));
  g_string_append_printf (out, ", sign=%d, relation=\"%s\", tieweight=", tie->sign, _ent_export_sign_name (tie->sign));
  _ent_export_append_number (out, "%.6g", tie->weight);
  g_string_append_printf (out, ", statements=%u];\n", tie->statements ? tie->statements->len : 0);
}

/* Graphviz's own "weight" must be a whole number for dot, so the tie's
 * weight travels as "tieweight", and its kind as "relation" rather than as
 * a "label" that Graphviz would print along every edge. */
static GBytes *
ent_export_dot_serialize (EntExporter  *exporter,
                          guint         part,
                          GError      **error)
{
  EntNetwork *network = ent_exporter_get_network (exporter);
  g_autofree char *title = ent_exporter_dup_title (exporter);
  GString *out = g_string_sized_new (4096 + 160 * ent_network_get_n_ties (network));

  g_string_append (out, "graph \"entente\" {\n  graph [label=");
  append_quoted (out, title);
  g_string_append (out, ", labelloc=t, fontname=\"" ENT_SCENE_FONT_FAMILY "\", fontsize=20,"
                   " outputorder=edgesfirst, splines=false, overlap=true];\n"
                   "  node [style=filled, fixedsize=shape, color=\"#ffffff\", penwidth=1.5,"
                   " fontname=\"" ENT_SCENE_FONT_FAMILY "\", fontsize=10];\n");
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    write_node (out, ent_network_get_node (network, i));
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    write_edge (out, network, ent_network_get_tie (network, i));
  g_string_append (out, "}\n");
  return g_string_free_to_bytes (out);
}

static void
ent_export_dot_class_init (EntExportDotClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "dot";
  exporter_class->extension = "dot";
  exporter_class->mime_type = "text/vnd.graphviz";
  exporter_class->description = N_("DOT (Graphviz)");
  exporter_class->serialize = ent_export_dot_serialize;
}

static void
ent_export_dot_init (EntExportDot *self)
{
}
