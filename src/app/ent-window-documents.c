/* ent-window-documents.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-document-row.h"
#include "ent-window-private.h"

/* The list of articles on the left: its rows, their order (sort by date,
 * drag a row, Alt+Up/Down) and the date filter that restricts the network
 * to the articles of a period. Every change goes through the project, so
 * that it is undone like any edit and saved with the project. */

/* Rows -------------------------------------------------------------------- */

void _ent_window_document_setup_cb (EntWindow   *self,
                                    GtkListItem *item);
void _ent_window_document_bind_cb  (EntWindow   *self,
                                    GtkListItem *item);
void _ent_window_date_selected_cb  (EntWindow   *self);

void
_ent_window_document_setup_cb (EntWindow   *self,
                               GtkListItem *item)
{
  GtkWidget *row = ent_document_row_new (self->project);

  ent_document_row_set_counts (ENT_DOCUMENT_ROW (row), self->position_counts);
  gtk_list_item_set_child (item, row);
}

/* Counts the positions of every article once per change, for all rows:
 * the rejected ones do not count. */
static void
count_positions (EntWindow *self)
{
  GListModel *statements = ent_project_get_statements (self->project);
  guint n_items = g_list_model_get_n_items (statements);

  g_hash_table_remove_all (self->position_counts);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);
      const char *id = ent_statement_get_document (st);

      if (id == NULL || ent_statement_get_state (st) == ENT_STATEMENT_STATE_REJECTED)
        continue;
      g_hash_table_insert (self->position_counts, g_strdup (id),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->position_counts, id)) + 1));
    }
}

void
_ent_window_document_bind_cb (EntWindow   *self,
                              GtkListItem *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  g_object_set (row, "project", self->project, "document", gtk_list_item_get_item (item), NULL);
}

/* Order ------------------------------------------------------------------- */

static void
select_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  EntDocument *document = ent_project_lookup_document (self->project,
                                                       g_variant_get_string (param, NULL));

  if (document != NULL)
    _ent_window_select_document (self, document);
}

static void
sort_documents_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autoptr(EntDocument) selected = NULL;

  if (_ent_window_get_selected (self) != NULL)
    selected = g_object_ref (_ent_window_get_selected (self));
  ent_project_sort_documents_by_date (self->project);
  if (selected != NULL)
    _ent_window_select_document (self, selected);
}

/* Alt+Up and Alt+Down move the selected article: the keyboard's way to do
 * what dragging does. */
static void
move_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autoptr(EntDocument) document = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);
  gboolean up = g_str_has_suffix (action_name, "-up");

  if (_ent_window_get_selected (self) == NULL || (up && position == 0))
    return;

  document = g_object_ref (_ent_window_get_selected (self));
  ent_project_move_document (self->project, document, up ? position - 1 : position + 1);
  _ent_window_select_document (self, document);
}

/* The date filter --------------------------------------------------------- */

static GDateTime *
day_of (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), 0, 0, 0);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_date_time_compare (*(GDateTime **) a, *(GDateTime **) b);
}

/* The distinct days on which the project's articles were published. */
static GPtrArray *
collect_days (EntProject *project)
{
  GListModel *documents = ent_project_get_documents (project);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_date_time_hash, g_date_time_equal);
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);
      GDateTime *published = ent_document_get_published (document);
      GDateTime *day;

      if (published == NULL)
        continue;
      day = day_of (published);
      if (g_hash_table_contains (seen, day))
        {
          g_date_time_unref (day);
          continue;
        }
      g_hash_table_add (seen, day);
      g_ptr_array_add (days, day);
    }
  g_ptr_array_sort (days, compare_days);

  return days;
}

static gboolean
same_days (GPtrArray *a,
           GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_date_time_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static char *
format_day (GDateTime *day)
{
  /* Translators: the publication date of an article; see the
   * g_date_time_format() documentation. */
  return g_date_time_format (day, _("%-d %B %Y"));
}

static void
set_day_models (EntWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->days->len; i++)
    {
      g_autofree char *label = format_day (g_ptr_array_index (self->days, i));

      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->date_from_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_model (self->date_to_dropdown, G_LIST_MODEL (labels));
}

/* The index of the day of @date, or @fallback. */
static guint
find_day (EntWindow *self,
          GDateTime *date,
          guint      fallback)
{
  g_autoptr(GDateTime) day = NULL;

  if (date == NULL)
    return fallback;
  day = day_of (date);
  for (guint i = 0; i < self->days->len; i++)
    if (g_date_time_equal (g_ptr_array_index (self->days, i), day))
      return i;
  return fallback;
}

static void
update_range_bar (EntWindow *self)
{
  EntProjectView *view = ent_project_get_view (self->project);
  GListModel *documents = ent_project_get_documents (self->project);
  guint n_documents = g_list_model_get_n_items (documents);
  guint n_in_range = 0;
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->range_bar, ent_project_view_has_range (view));
  if (!ent_project_view_has_range (view))
    return;

  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);

      n_in_range += ent_project_document_in_range (self->project, document);
    }
  /* Translators: shown above the articles while a date filter is on. */
  text = g_strdup_printf (ngettext ("The network shows %u of %u article",
                                    "The network shows %u of %u articles", n_documents),
                          n_in_range, n_documents);
  gtk_label_set_label (self->range_label, text);
}

/* Follows the project: the days to choose from, the chosen range (which
 * undo may have changed) and the bar that says a filter is on. */
void
_ent_window_update_documents (EntWindow *self)
{
  EntProjectView *view = ent_project_get_view (self->project);
  g_autoptr(GPtrArray) days = collect_days (self->project);
  guint last;

  count_positions (self);
  self->updating_dates = TRUE;
  if (!same_days (days, self->days))
    {
      g_clear_pointer (&self->days, g_ptr_array_unref);
      self->days = g_steal_pointer (&days);
      set_day_models (self);
    }
  last = self->days->len > 0 ? self->days->len - 1 : 0;
  gtk_drop_down_set_selected (self->date_from_dropdown,
                              find_day (self, ent_project_view_get_date_from (view), 0));
  gtk_drop_down_set_selected (self->date_to_dropdown,
                              find_day (self, ent_project_view_get_date_to (view), last));
  self->updating_dates = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->date_button),
                            self->days->len > 1 || ent_project_view_has_range (view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-date-range",
                                 ent_project_view_has_range (view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sort-documents",
                                 ent_project_get_n_documents (self->project) > 1);
  update_range_bar (self);
}

/* A choice in either drop-down sets the range, from the first instant of
 * the first day to the last instant of the second; all the days is no
 * filter at all. A start chosen after the end moves the end along, and
 * the other way round. */
void
_ent_window_date_selected_cb (EntWindow *self)
{
  EntProjectView *view = ent_project_get_view (self->project);
  guint from = gtk_drop_down_get_selected (self->date_from_dropdown);
  guint to = gtk_drop_down_get_selected (self->date_to_dropdown);
  g_autoptr(GDateTime) end = NULL;

  if (self->updating_dates || self->days == NULL || self->days->len == 0 ||
      from >= self->days->len || to >= self->days->len)
    return;

  if (from > to && from != find_day (self, ent_project_view_get_date_from (view), 0))
    to = from;
  else if (from > to)
    from = to;

  if (from == 0 && to == self->days->len - 1)
    {
      ent_project_set_date_range (self->project, NULL, NULL);
      return;
    }

  end = g_date_time_add_seconds (g_ptr_array_index (self->days, to), 24 * 60 * 60 - 1);
  ent_project_set_date_range (self->project, g_ptr_array_index (self->days, from), end);
}

static void
clear_date_range_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  ent_project_set_date_range (self->project, NULL, NULL);
}

void
_ent_window_documents_init (EntWindow *self)
{
  self->position_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
_ent_window_documents_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, EntWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, date_from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, date_to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, range_bar);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, range_label);
  gtk_widget_class_bind_template_callback (widget_class, _ent_window_document_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, _ent_window_document_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, _ent_window_date_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.select-document", "s",
                                   select_document_action);
  gtk_widget_class_install_action (widget_class, "win.sort-documents", NULL,
                                   sort_documents_action);
  gtk_widget_class_install_action (widget_class, "win.move-document-up", NULL,
                                   move_document_action);
  gtk_widget_class_install_action (widget_class, "win.move-document-down", NULL,
                                   move_document_action);
  gtk_widget_class_install_action (widget_class, "win.clear-date-range", NULL,
                                   clear_date_range_action);
}

void
_ent_window_dispose_documents (EntWindow *self)
{
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->position_counts, g_hash_table_unref);
}
