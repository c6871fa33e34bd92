/* ent-document-row.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-document.h"

G_BEGIN_DECLS

#define ENT_TYPE_DOCUMENT_ROW (ent_document_row_get_type ())

G_DECLARE_FINAL_TYPE (EntDocumentRow, ent_document_row, ENT, DOCUMENT_ROW, GtkWidget)

EntDocument *ent_document_row_get_document (EntDocumentRow *self);
void         ent_document_row_set_document (EntDocumentRow *self,
                                            EntDocument    *document);

G_END_DECLS
