/* ent-document-row.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_DOCUMENT_ROW (ent_document_row_get_type ())

G_DECLARE_FINAL_TYPE (EntDocumentRow, ent_document_row, ENT, DOCUMENT_ROW, GtkWidget)

GtkWidget   *ent_document_row_new          (EntProject     *project);
EntDocument *ent_document_row_get_document (EntDocumentRow *self);
EntProject  *ent_document_row_get_project  (EntDocumentRow *self);
guint        ent_document_row_get_n_positions (EntDocumentRow *self);
gboolean     ent_document_row_get_in_range (EntDocumentRow *self);
void         ent_document_row_set_counts   (EntDocumentRow *self,
                                            GHashTable     *counts);
void         ent_document_row_set_document (EntDocumentRow *self,
                                            EntDocument    *document);

G_END_DECLS
