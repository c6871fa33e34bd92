/* ent-export-entente.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-entente.h"
#include "ent-project-file.h"

struct _EntExportEntente
{
  EntExporter parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportEntente, ent_export_entente, ENT_TYPE_EXPORTER)

/* The whole project, articles included, not only the network: what a
 * colleague needs to check every tie against its evidence. */
static GBytes *
ent_export_entente_serialize (EntExporter  *exporter,
                              guint         part,
                              GError      **error)
{
  return ent_project_file_serialize (ent_network_get_project (ent_exporter_get_network (exporter)));
}

static void
ent_export_entente_class_init (EntExportEntenteClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "entente";
  exporter_class->extension = "entente";
  exporter_class->mime_type = "application/x-entente-project";
  exporter_class->description = N_("Entente project");
  exporter_class->serialize = ent_export_entente_serialize;
}

static void
ent_export_entente_init (EntExportEntente *self)
{
}
