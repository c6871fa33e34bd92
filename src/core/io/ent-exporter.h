/* ent-exporter.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_EXPORT_ERROR (ent_export_error_quark ())

typedef enum
{
  ENT_EXPORT_ERROR_UNKNOWN_FORMAT,  /* no exporter has that name */
  ENT_EXPORT_ERROR_TOO_LARGE,       /* an image too big to draw at that scale */
  ENT_EXPORT_ERROR_FAILED,          /* the drawing library gave up */
  ENT_EXPORT_ERROR_NOT_SUPPORTED,   /* e.g. several files asked for as one stream */
} EntExportError;

#define ENT_TYPE_EXPORTER (ent_exporter_get_type ())

G_DECLARE_DERIVABLE_TYPE (EntExporter, ent_exporter, ENT, EXPORTER, GObject)

/*
 * One exporter per format: a subclass fills in the class fields and
 * serialize(); the base class lays the network out if it never was, names
 * the files, and writes them atomically. A format of several files (CSV: a
 * nodes file and an edges file) lists its @parts; their files are named
 * after the chosen file, FILE-nodes.csv and FILE-edges.csv for FILE.csv.
 */
struct _EntExporterClass
{
  GObjectClass parent_class;

  const char         *name;         /* as `--format` takes it: "graphml" */
  const char         *extension;    /* without the dot */
  const char         *mime_type;
  const char         *description;  /* marked with N_(), translated by the getter */
  const char * const *parts;        /* NULL for one file, else a suffix per file */

  GBytes *(*serialize) (EntExporter  *self,
                        guint         part,
                        GError      **error);

  /*< private >*/
  gpointer padding[8];
};

GQuark              ent_export_error_quark      (void);
const char * const *ent_exporter_list_formats   (void);
GType               ent_exporter_lookup         (const char    *format);
EntExporter        *ent_exporter_new_for_format (const char    *format,
                                                 EntNetwork    *network,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;
EntNetwork         *ent_exporter_get_network    (EntExporter   *self);
const char         *ent_exporter_get_name       (EntExporter   *self);
const char         *ent_exporter_get_extension  (EntExporter   *self);
const char         *ent_exporter_get_mime_type  (EntExporter   *self);
const char         *ent_exporter_get_description (EntExporter  *self);
char               *ent_exporter_dup_title      (EntExporter   *self) G_GNUC_WARN_UNUSED_RESULT;
guint               ent_exporter_get_n_parts    (EntExporter   *self);
void                ent_exporter_set_title      (EntExporter   *self,
                                                 const char    *title);
GFile              *ent_exporter_dup_part_file  (EntExporter   *self,
                                                 GFile         *file,
                                                 guint          part) G_GNUC_WARN_UNUSED_RESULT;
GBytes             *ent_exporter_serialize      (EntExporter   *self,
                                                 guint          part,
                                                 GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean            ent_exporter_write          (EntExporter   *self,
                                                 GFile         *file,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
void                ent_exporter_write_async    (EntExporter          *self,
                                                 GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean            ent_exporter_write_finish   (EntExporter   *self,
                                                 GAsyncResult  *result,
                                                 GError       **error);

G_END_DECLS
