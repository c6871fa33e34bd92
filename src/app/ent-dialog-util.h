/* ent-dialog-util.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow        *ent_dialog_get_parent  (GtkWidget   *widget);
AdwMessageDialog *ent_dialog_new_message (GtkWidget   *owner,
                                          GtkWidget  **slot,
                                          const char  *heading,
                                          const char  *body,
                                          const char  *response,
                                          const char  *response_label,
                                          GtkWidget   *extra_child);
GtkWidget        *ent_dialog_new_entry   (const char  *text,
                                          const char  *accessible_label);

G_END_DECLS
