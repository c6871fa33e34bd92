/* ent-export-dialog.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-painter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_DIALOG (ent_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EntExportDialog, ent_export_dialog, ENT, EXPORT_DIALOG, AdwWindow)

EntExportDialog *ent_export_dialog_new        (GtkWindow       *parent,
                                               const char      *format) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ent_export_dialog_get_dark   (EntExportDialog *self);
const char      *ent_export_dialog_get_format (EntExportDialog *self);
double           ent_export_dialog_get_scale  (EntExportDialog *self);
EntPageParts     ent_export_dialog_get_parts  (EntExportDialog *self);
void             ent_export_dialog_set_parts  (EntExportDialog *self,
                                               EntPageParts     parts);
void             ent_export_dialog_set_format (EntExportDialog *self,
                                               const char      *format);

G_END_DECLS
