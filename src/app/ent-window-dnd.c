/* ent-window-dnd.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-window-private.h"

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static gboolean
is_web_uri (const char *uri)
{
  const char *scheme = g_uri_peek_scheme (uri);

  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}

/* Local files are opened as Open does (a project opens, an article is
 * imported); links that arrive as files, as browsers offer them in
 * text/uri-list, are fetched. */
static void
import_files (EntWindow *self,
              GSList    *files)
{
  g_autoptr(GPtrArray) local = g_ptr_array_new_with_free_func (g_object_unref);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;
      g_autofree char *uri = g_file_get_uri (file);

      if (is_web_uri (uri))
        _ent_window_import_uri (self, uri);
      else
        g_ptr_array_add (local, g_object_ref (file));
    }

  if (local->len > 0)
    ent_window_open_files (self, (GFile **) local->pdata, local->len);
}

/* Returns the addresses if every line of @text is one (a text/uri-list,
 * or a link copied as text), else NULL. */
static GPtrArray *
dup_uri_list (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *scheme;

      if (*line == '\0' || *line == '#')
        continue;
      scheme = g_uri_peek_scheme (line);
      if (strchr (line, ' ') != NULL ||
          (g_strcmp0 (scheme, "file") != 0 && !is_web_uri (line)) ||
          !g_uri_is_valid (line, G_URI_FLAGS_NONE, NULL))
        return NULL;
      g_ptr_array_add (uris, g_strdup (line));
    }

  return uris->len > 0 ? g_steal_pointer (&uris) : NULL;
}

/* Links are fetched or opened; any other text becomes an article, titled
 * from its first line or else @name. */
static void
import_string (EntWindow  *self,
               const char *text,
               const char *name)
{
  g_autoptr(GPtrArray) uris = dup_uri_list (text);
  GSList *files = NULL;

  if (uris == NULL)
    {
      _ent_window_import_text (self, text, name);
      return;
    }

  for (guint i = 0; i < uris->len; i++)
    files = g_slist_append (files, g_file_new_for_uri (g_ptr_array_index (uris, i)));
  import_files (self, files);
  g_slist_free_full (files, g_object_unref);
}

static gboolean
drop_cb (EntWindow     *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      gboolean any = files != NULL;

      import_files (self, files);
      g_slist_free (files);
      return any;
    }

  if (G_VALUE_HOLDS_STRING (value) && !is_blank (g_value_get_string (value)))
    {
      import_string (self, g_value_get_string (value), _("Dropped Article"));
      return TRUE;
    }

  return FALSE;
}

static void
paste_text_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (is_blank (text))
    {
      _ent_window_add_toast (self, _("Nothing to paste: the clipboard holds no text"));
      return;
    }

  import_string (self, text, _("Pasted Article"));
}

static void
paste_files_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const GValue *value;
  GSList *files;

  value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (object), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (value == NULL)
    {
      gdk_clipboard_read_text_async (GDK_CLIPBOARD (object), self->cancellable, paste_text_cb,
                                     g_steal_pointer (&self));
      return;
    }

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  import_files (self, files);
  g_slist_free (files);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  g_autoptr(GdkContentFormats) formats = NULL;

  formats = gdk_content_formats_union_deserialize_gtypes (
    gdk_content_formats_ref (gdk_clipboard_get_formats (clipboard)));

  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT,
                                    self->cancellable, paste_files_cb, g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, self->cancellable, paste_text_cb,
                                   g_object_ref (self));
}

static gboolean
focus_is_editable (GtkWidget *focus)
{
  if (GTK_IS_EDITABLE (focus))
    return gtk_editable_get_editable (GTK_EDITABLE (focus));
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (focus));

  return FALSE;
}

/* Runs in the capture phase, before the focus widget sees the key: text
 * fields keep their own paste, and read-only views such as the reader,
 * which would swallow Ctrl+V, let the window have it. */
static gboolean
paste_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  if (focus_is_editable (gtk_root_get_focus (GTK_ROOT (widget))))
    return FALSE;

  return gtk_widget_activate_action (widget, "win.paste", NULL);
}

void
_ent_window_dnd_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
}

void
_ent_window_dnd_init (EntWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (shortcuts, "ent-window-paste");
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                      gtk_callback_action_new (paste_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), "ent-window-drop");
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
