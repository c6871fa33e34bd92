/* ent-feed-dialog.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-feed-dialog.h"

/* Enough of a summary for two lines of a row. */
#define SUMMARY_MAX_CHARS 240

struct _EntFeedDialog
{
  AdwWindow       parent_instance;

  EntFeed        *feed;
  EntFetcher     *fetcher;
  GCancellable   *cancellable;
  GPtrArray      *checks;  /* GtkCheckButton *, one per entry, in order */

  GtkLabel       *count_label;
  GtkListBox     *entry_list;
  GtkLabel       *error_label;
  GtkStack       *stack;
  AdwEntryRow    *url_row;
  AdwWindowTitle *window_title;
};

enum {
  PROP_0,
  PROP_FEED,
  N_PROPS
};

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntFeedDialog, ent_feed_dialog, ADW_TYPE_WINDOW)

static void
show_error (EntFeedDialog *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
}

static void
update_actions (EntFeedDialog *self)
{
  gboolean has_entries = self->checks->len > 0;
  guint n_chosen = ent_feed_dialog_get_n_chosen (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.import", n_chosen > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.select-all", has_entries);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feed.select-none", n_chosen > 0);
}

static void
update_count (EntFeedDialog *self)
{
  g_autofree char *text = NULL;
  guint n_entries = self->checks->len;

  /* Translators: "3 of 20 articles chosen". */
  text = g_strdup_printf (ngettext ("%u of %u article chosen", "%u of %u articles chosen",
                                    n_entries),
                          ent_feed_dialog_get_n_chosen (self), n_entries);
  gtk_label_set_label (self->count_label, text);
  update_actions (self);
}

/* A summary is often the first paragraph of the article, with the feed's
 * own line breaks: one short line of it is enough to recognise it. */
static char *
dup_subtitle (EntFeedEntry *entry)
{
  GDateTime *published = ent_feed_entry_get_published (entry);
  const char *summary = ent_feed_entry_get_summary (entry);
  g_autofree char *date = published ? g_date_time_format (published, "%x") : NULL;
  g_autoptr(GString) text = g_string_new (date);

  if (summary != NULL && *summary != '\0')
    {
      g_auto(GStrv) words = g_strsplit_set (summary, " \t\r\n", -1);
      gboolean first = TRUE;

      if (text->len > 0)
        g_string_append (text, " — ");
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] == '\0')
            continue;
          if (!first)
            g_string_append_c (text, ' ');
          g_string_append (text, words[i]);
          first = FALSE;
        }
    }
  if (g_utf8_strlen (text->str, -1) > SUMMARY_MAX_CHARS)
    {
      g_string_truncate (text, g_utf8_offset_to_pointer (text->str, SUMMARY_MAX_CHARS) - text->str);
      g_string_append (text, "…");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  EntFeedDialog *self = user_data;
  EntFeedEntry *entry = item;
  const char *title = ent_feed_entry_get_title (entry);
  gboolean has_link = ent_feed_entry_get_link (entry) != NULL;
  g_autofree char *subtitle = dup_subtitle (entry);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title && *title ? title : ent_feed_entry_get_link (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  /* An entry without a link has no page to fetch. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_link);
  gtk_widget_set_sensitive (row, has_link);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->checks, check);

  return row;
}

static void
set_all_chosen (EntFeedDialog *self,
                gboolean       chosen)
{
  for (guint i = 0; i < self->checks->len; i++)
    ent_feed_dialog_set_chosen (self, i, chosen);
}

static void
feed_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(EntFeedDialog) self = user_data;
  g_autoptr(EntFeed) feed = NULL;
  g_autoptr(GError) error = NULL;

  feed = ent_feed_fetch_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  if (feed == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      show_error (self, error->message);
      return;
    }

  ent_feed_dialog_set_feed (self, feed);
}

static void
url_apply_cb (EntFeedDialog *self)
{
  g_autofree char *uri = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));

  if (*uri == '\0')
    return;
  if (strstr (uri, "://") == NULL)
    {
      g_autofree char *full = g_strconcat ("https://", uri, NULL);

      ent_feed_dialog_load (self, full);
      return;
    }

  ent_feed_dialog_load (self, uri);
}

static void
url_changed_cb (EntFeedDialog *self)
{
  show_error (self, NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntFeedDialog *self = ENT_FEED_DIALOG (widget);
  g_autoptr(GListModel) chosen = ent_feed_dialog_dup_chosen (self);

  if (g_list_model_get_n_items (chosen) == 0)
    return;

  g_signal_emit (self, signals[SIGNAL_IMPORT], 0, chosen);
  gtk_window_close (GTK_WINDOW (self));
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  set_all_chosen (ENT_FEED_DIALOG (widget), TRUE);
}

static void
select_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  set_all_chosen (ENT_FEED_DIALOG (widget), FALSE);
}

static void
ent_feed_dialog_dispose (GObject *object)
{
  EntFeedDialog *self = ENT_FEED_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->feed);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (ent_feed_dialog_parent_class)->dispose (object);
}

static void
ent_feed_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EntFeedDialog *self = ENT_FEED_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FEED:
      g_value_set_object (value, ent_feed_dialog_get_feed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_feed_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EntFeedDialog *self = ENT_FEED_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FEED:
      ent_feed_dialog_set_feed (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_feed_dialog_class_init (EntFeedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_feed_dialog_dispose;
  object_class->get_property = ent_feed_dialog_get_property;
  object_class->set_property = ent_feed_dialog_set_property;

  properties[PROP_FEED] =
    g_param_spec_object ("feed", NULL, NULL,
                         ENT_TYPE_FEED,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntFeedDialog::import:
   * @entries: a #GListModel of the chosen #EntFeedEntry
   */
  signals[SIGNAL_IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_LIST_MODEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, entry_list);
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, EntFeedDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, url_changed_cb);

  gtk_widget_class_install_action (widget_class, "feed.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "feed.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "feed.select-none", NULL, select_none_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ent_feed_dialog_init (EntFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_ptr_array_new ();
  self->fetcher = ent_fetcher_new ();
  update_count (self);
}

EntFeedDialog *
ent_feed_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ENT_TYPE_FEED_DIALOG,
                       "transient-for", parent,
                       NULL);
}

EntFeed *
ent_feed_dialog_get_feed (EntFeedDialog *self)
{
  g_return_val_if_fail (ENT_IS_FEED_DIALOG (self), NULL);

  return self->feed;
}

/* Returns the message shown under the address, if any. */
const char *
ent_feed_dialog_get_error (EntFeedDialog *self)
{
  g_return_val_if_fail (ENT_IS_FEED_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

guint
ent_feed_dialog_get_n_chosen (EntFeedDialog *self)
{
  guint n_chosen = 0;

  g_return_val_if_fail (ENT_IS_FEED_DIALOG (self), 0);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      n_chosen++;

  return n_chosen;
}

/**
 * ent_feed_dialog_dup_chosen:
 *
 * Returns: (transfer full): a #GListModel of the chosen #EntFeedEntry, in
 *   the feed's order
 */
GListModel *
ent_feed_dialog_dup_chosen (EntFeedDialog *self)
{
  GListStore *chosen;
  GListModel *entries;

  g_return_val_if_fail (ENT_IS_FEED_DIALOG (self), NULL);

  chosen = g_list_store_new (ENT_TYPE_FEED_ENTRY);
  if (self->feed == NULL)
    return G_LIST_MODEL (chosen);

  entries = ent_feed_get_entries (self->feed);
  for (guint i = 0; i < self->checks->len; i++)
    {
      g_autoptr(EntFeedEntry) entry = g_list_model_get_item (entries, i);

      if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        g_list_store_append (chosen, entry);
    }

  return G_LIST_MODEL (chosen);
}

void
ent_feed_dialog_set_feed (EntFeedDialog *self,
                          EntFeed       *feed)
{
  g_return_if_fail (ENT_IS_FEED_DIALOG (self));
  g_return_if_fail (!feed || ENT_IS_FEED (feed));

  if (!g_set_object (&self->feed, feed))
    return;

  g_ptr_array_set_size (self->checks, 0);
  gtk_list_box_bind_model (self->entry_list, feed ? ent_feed_get_entries (feed) : NULL,
                           create_row_cb, self, NULL);
  adw_window_title_set_subtitle (self->window_title, feed ? ent_feed_get_title (feed) : NULL);
  if (feed != NULL && ent_feed_get_uri (feed) != NULL)
    {
      g_signal_handlers_block_by_func (self->url_row, url_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->url_row), ent_feed_get_uri (feed));
      g_signal_handlers_unblock_by_func (self->url_row, url_changed_cb, self);
    }
  show_error (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, feed ? "entries" : "empty");
  update_count (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEED]);
}

void
ent_feed_dialog_set_chosen (EntFeedDialog *self,
                            guint          position,
                            gboolean       chosen)
{
  GtkWidget *check;

  g_return_if_fail (ENT_IS_FEED_DIALOG (self));
  g_return_if_fail (position < self->checks->len);

  check = g_ptr_array_index (self->checks, position);
  if (gtk_widget_is_sensitive (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
}

/* Fetches the feed at @uri in the background; an address that is not http
 * or https, or a failed fetch, shows its problem under the address. */
void
ent_feed_dialog_load (EntFeedDialog *self,
                      const char    *uri)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ENT_IS_FEED_DIALOG (self));
  g_return_if_fail (uri != NULL);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  ent_feed_dialog_set_feed (self, NULL);

  g_signal_handlers_block_by_func (self->url_row, url_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), uri);
  g_signal_handlers_unblock_by_func (self->url_row, url_changed_cb, self);

  if (!ent_fetcher_check_uri (uri, &error))
    {
      show_error (self, error->message);
      return;
    }

  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
  ent_feed_fetch_async (self->fetcher, uri, self->cancellable, feed_loaded_cb,
                        g_object_ref (self));
}
