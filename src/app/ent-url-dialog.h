/* ent-url-dialog.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENT_TYPE_URL_DIALOG (ent_url_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EntUrlDialog, ent_url_dialog, ENT, URL_DIALOG, AdwWindow)

/*
 * Asks for the address of a web page or feed. "url.import" checks it (http
 * or https only, with the problem shown under the entry), then emits
 * EntUrlDialog::import with the address and closes the dialog; the caller
 * fetches.
 */
EntUrlDialog *ent_url_dialog_new       (GtkWindow    *parent) G_GNUC_WARN_UNUSED_RESULT;
const char   *ent_url_dialog_get_uri   (EntUrlDialog *self);
const char   *ent_url_dialog_get_error (EntUrlDialog *self);
void          ent_url_dialog_set_uri   (EntUrlDialog *self,
                                        const char   *uri);

G_END_DECLS
