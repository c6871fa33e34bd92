/* ent-dialog-util.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-dialog-util.h"

/* The small dialogs of the canvas and the side panel (rename, merge, add
 * alias …) are built the same way by both. */

GtkWindow *
ent_dialog_get_parent (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * ent_dialog_new_message:
 * @owner: the widget the dialog is for; its window is the parent
 * @slot: where the owner keeps its open dialog: a dialog already there is
 *   closed, and the slot is cleared when the new one goes away
 *
 * Returns: (transfer none): a message dialog with Cancel and one suggested
 *   response
 */
AdwMessageDialog *
ent_dialog_new_message (GtkWidget   *owner,
                        GtkWidget  **slot,
                        const char  *heading,
                        const char  *body,
                        const char  *response,
                        const char  *response_label,
                        GtkWidget   *extra_child)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ent_dialog_get_parent (owner), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, extra_child);

  if (*slot != NULL)
    gtk_window_destroy (GTK_WINDOW (*slot));
  *slot = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) slot);

  return dialog;
}

GtkWidget *
ent_dialog_new_entry (const char *text,
                      const char *accessible_label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return entry;
}
