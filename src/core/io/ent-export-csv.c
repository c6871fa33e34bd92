/* ent-export-csv.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-export-csv.h"
#include "ent-export-private.h"

struct _EntExportCsv
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportCsv, ent_export_csv, ENT_TYPE_EXPORTER)

static const char * const parts[] = { "nodes", "edges", NULL };

/* RFC 4180: a field holding a comma, a quote or a line break is quoted,
 * with quotes doubled; so is one with a tab or leading or trailing spaces,
 * which some readers would otherwise trim or split on. */
static void
append_field (GString    *out,
              const char *text)
{
  gsize len;

  text = text ? text : "";
  len = strlen (text);
  if (strpbrk (text, ",\"\r\n\t") == NULL && (len == 0 || (text[0] != ' ' && text[len - 1] != ' ')))
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_camp (GString *out,
             int      camp)
{
  if (camp >= 0)
    g_string_append_printf (out, "%d", camp);
}

static void
write_node (GString              *out,
            EntNetwork           *network,
            const EntNetworkNode *node)
{
  g_autofree char *aliases = g_strjoinv ("; ", (char **)ent_actor_get_aliases (node->actor));
  char color[8];

  _ent_export_node_color (node, color);
  append_field (out, ent_actor_get_id (node->actor));
  g_string_append_c (out, ',');
  append_field (out, ent_actor_get_name (node->actor));
  g_string_append_printf (out, ",%s,", ent_actor_kind_to_string (ent_actor_get_kind (node->actor)));
  append_camp (out, node->camp);
  g_string_append_printf (out, ",%u,", node->mentions);
  _ent_export_append_number (out, "%.2f", node->x);
  g_string_append_c (out, ',');
  _ent_export_append_number (out, "%.2f", node->y);
  g_string_append_printf (out, ",%s,", color);
  if (ent_network_get_level (network) == ENT_NETWORK_LEVEL_ACTOR)
    append_field (out, ent_actor_get_affiliation (node->actor));
  g_string_append_c (out, ',');
  append_field (out, aliases);
  g_string_append (out, "\r\n");
}

static void
write_edge (GString             *out,
            EntNetwork          *network,
            const EntNetworkTie *tie)
{
  const EntNetworkNode *a = ent_network_get_node (network, tie->source);
  const EntNetworkNode *b = ent_network_get_node (network, tie->target);

  append_field (out, ent_actor_get_id (a->actor));
  g_string_append_c (out, ',');
  append_field (out, ent_actor_get_id (b->actor));
  g_string_append_printf (out, ",%d,", tie->sign);
  _ent_export_append_number (out, "%.6g", tie->weight);
  g_string_append_c (out, ',');
  append_camp (out, a->camp);
  g_string_append_c (out, ',');
  append_camp (out, b->camp);
  g_string_append_printf (out, ",%u,%s\r\n", tie->statements ? tie->statements->len : 0,
                          _ent_export_sign_name (tie->sign));
}

/* A camp is empty for an actor of no camp; "evidence" counts the accepted
 * statements behind a tie. Both files are UTF-8 without a byte-order mark,
 * as R's read.csv and pandas read them by default. */
static GBytes *
ent_export_csv_serialize (EntExporter  *exporter,
                          guint         part,
                          GError      **error)
{
  EntNetwork *network = ent_exporter_get_network (exporter);
  GString *out = g_string_sized_new (4096 + 64 * ent_network_get_n_ties (network));

  if (part == 0)
    {
      g_string_append (out, "id,label,kind,camp,mentions,x,y,color,affiliation,aliases\r\n");
      for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
        write_node (out, network, ent_network_get_node (network, i));
    }
  else
    {
      g_string_append (out, "source,target,sign,weight,source_camp,target_camp,evidence,relation\r\n");
      for (guint i = 0; i < ent_network_get_n_ties (network); i++)
        write_edge (out, network, ent_network_get_tie (network, i));
    }
  return g_string_free_to_bytes (out);
}

static void
ent_export_csv_class_init (EntExportCsvClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "csv";
  exporter_class->extension = "csv";
  exporter_class->mime_type = "text/csv";
  exporter_class->description = N_("CSV, a nodes file and an edges file (R, pandas)");
  exporter_class->parts = parts;
  exporter_class->serialize = ent_export_csv_serialize;
}

static void
ent_export_csv_init (EntExportCsv *self)
{
}
