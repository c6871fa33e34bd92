/* ent-preferences-window.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-exporter.h"
#include "ent-preferences-window.h"
#include "ent-settings.h"

/* The preferences are the application's GSettings keys, bound to the rows;
 * every window follows the keys itself (see follow_settings() in
 * ent-window.c), so a change applies at once and nothing needs saving. */

struct _EntPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *format_row;
  GtkSwitch            *labels_switch;
  AdwComboRow          *level_row;
  AdwComboRow          *palette_row;
  AdwPreferencesPage   *page;
};

G_DEFINE_FINAL_TYPE (EntPreferencesWindow, ent_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of an enum key, in the schema's order: the order of the rows'
 * choices. */
static GStrv
dup_enum_nicks (GSettings  *settings,
                const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) values = NULL;
  g_autofree char *type = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(sv)", &type, &values);
  g_assert (g_str_equal (type, "enum"));

  return g_variant_dup_strv (values, NULL);
}

static gboolean
nick_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[selected]);
}

static void
bind_enum (EntPreferencesWindow *self,
           const char           *key,
           AdwComboRow          *row,
           GStrv                 nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_selected, selected_to_nick,
                                nicks, (GDestroyNotify) g_strfreev);
}

/* The export formats the key offers, named as the export dialog names them. */
static GListModel *
new_format_model (const char * const *nicks)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GType type = ent_exporter_lookup (nicks[i]);
      g_autoptr(GTypeClass) klass = NULL;

      if (type == G_TYPE_INVALID)
        {
          gtk_string_list_append (list, nicks[i]);
          continue;
        }
      klass = g_type_class_ref (type);
      gtk_string_list_append (list, _(ENT_EXPORTER_CLASS (klass)->description));
    }

  return G_LIST_MODEL (list);
}

static void
ent_preferences_window_dispose (GObject *object)
{
  EntPreferencesWindow *self = ENT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ent_preferences_window_parent_class)->dispose (object);
}

static void
ent_preferences_window_class_init (EntPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntPreferencesWindow, format_row);
  gtk_widget_class_bind_template_child (widget_class, EntPreferencesWindow, labels_switch);
  gtk_widget_class_bind_template_child (widget_class, EntPreferencesWindow, level_row);
  gtk_widget_class_bind_template_child (widget_class, EntPreferencesWindow, page);
  gtk_widget_class_bind_template_child (widget_class, EntPreferencesWindow, palette_row);
}

static void
ent_preferences_window_init (EntPreferencesWindow *self)
{
  g_auto(GStrv) formats = NULL;
  g_autoptr(GListModel) format_model = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = ent_settings_new (NULL);
  if (self->settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      return;
    }

  formats = dup_enum_nicks (self->settings, "default-export-format");
  format_model = new_format_model ((const char * const *) formats);
  adw_combo_row_set_model (self->format_row, format_model);

  bind_enum (self, "network-level", self->level_row,
             dup_enum_nicks (self->settings, "network-level"));
  bind_enum (self, "palette", self->palette_row,
             dup_enum_nicks (self->settings, "palette"));
  bind_enum (self, "default-export-format", self->format_row, g_steal_pointer (&formats));
  g_settings_bind (self->settings, "show-labels", self->labels_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

EntPreferencesWindow *
ent_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ENT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
