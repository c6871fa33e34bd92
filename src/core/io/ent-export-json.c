/* ent-export-json.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-json.h"
#include "ent-network-json.h"

struct _EntExportJson
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportJson, ent_export_json, ENT_TYPE_EXPORTER)

static GBytes *
ent_export_json_serialize (EntExporter  *exporter,
                           guint         part,
                           GError      **error)
{
  EntNetwork *network = ent_exporter_get_network (exporter);

  return ent_network_json_serialize (network, ent_network_get_project (network));
}

static void
ent_export_json_class_init (EntExportJsonClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "json";
  exporter_class->extension = "json";
  exporter_class->mime_type = "application/json";
  exporter_class->description = N_("Entente network (JSON)");
  exporter_class->serialize = ent_export_json_serialize;
}

static void
ent_export_json_init (EntExportJson *self)
{
}
