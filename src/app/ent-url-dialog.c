/* ent-url-dialog.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-fetcher.h"
#include "ent-url-dialog.h"

struct _EntUrlDialog
{
  AdwWindow    parent_instance;

  AdwEntryRow *entry_row;
  GtkLabel    *error_label;
};

enum {
  PROP_0,
  PROP_URI,
  N_PROPS
};

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntUrlDialog, ent_url_dialog, ADW_TYPE_WINDOW)

/* People type "example.org/news/1" as often as the full address. */
static char *
dup_normalized_uri (EntUrlDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (ent_url_dialog_get_uri (self)));

  if (*text != '\0' && strstr (text, "://") == NULL)
    return g_strconcat ("https://", text, NULL);

  return g_steal_pointer (&text);
}

static void
show_error (EntUrlDialog *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry_row), "error");
}

static void
update_actions (EntUrlDialog *self)
{
  g_autofree char *uri = dup_normalized_uri (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "url.import", *uri != '\0');
}

static void
entry_changed_cb (EntUrlDialog *self)
{
  show_error (self, NULL);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
}

static void
entry_activated_cb (EntUrlDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "url.import", NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntUrlDialog *self = ENT_URL_DIALOG (widget);
  g_autofree char *uri = dup_normalized_uri (self);
  g_autoptr(GError) error = NULL;

  if (!ent_fetcher_check_uri (uri, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_IMPORT], 0, uri);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ent_url_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntUrlDialog *self = ENT_URL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, ent_url_dialog_get_uri (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_url_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EntUrlDialog *self = ENT_URL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_URI:
      ent_url_dialog_set_uri (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_url_dialog_class_init (EntUrlDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ent_url_dialog_get_property;
  object_class->set_property = ent_url_dialog_set_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntUrlDialog::import:
   * @uri: the checked http or https address
   */
  signals[SIGNAL_IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-url-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EntUrlDialog, entry_row);
  gtk_widget_class_bind_template_child (widget_class, EntUrlDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "url.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ent_url_dialog_init (EntUrlDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
}

EntUrlDialog *
ent_url_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ENT_TYPE_URL_DIALOG,
                       "transient-for", parent,
                       NULL);
}

const char *
ent_url_dialog_get_uri (EntUrlDialog *self)
{
  g_return_val_if_fail (ENT_IS_URL_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
}

/* Returns the problem shown under the entry, if any. */
const char *
ent_url_dialog_get_error (EntUrlDialog *self)
{
  g_return_val_if_fail (ENT_IS_URL_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

void
ent_url_dialog_set_uri (EntUrlDialog *self,
                        const char   *uri)
{
  g_return_if_fail (ENT_IS_URL_DIALOG (self));

  /* The entry's "changed" handler notifies. */
  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), uri ? uri : "");
}
