/* ent-project-view.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ent-project-private.h"
#include "ent-project-view.h"

/*
 * The project's view settings and the edits that arrange the project
 * without changing what it says: the order of the documents, the date
 * range, the mention counts. The settings are a separate object because
 * the undo history holds references to the objects it changes, and one to
 * the project itself would keep the project alive forever.
 */

struct _EntProjectView
{
  GObject    parent_instance;

  GDateTime *date_from;
  GDateTime *date_to;
};

enum {
  PROP_0,
  PROP_DATE_FROM,
  PROP_DATE_TO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntProjectView, ent_project_view, G_TYPE_OBJECT)

static void
set_date (EntProjectView  *self,
          GDateTime      **field,
          GDateTime       *date,
          guint            prop_id)
{
  if (*field == date)
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = date ? g_date_time_ref (date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
ent_project_view_finalize (GObject *object)
{
  EntProjectView *self = ENT_PROJECT_VIEW (object);

  g_clear_pointer (&self->date_from, g_date_time_unref);
  g_clear_pointer (&self->date_to, g_date_time_unref);

  G_OBJECT_CLASS (ent_project_view_parent_class)->finalize (object);
}

static void
ent_project_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EntProjectView *self = ENT_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATE_FROM:
      g_value_set_boxed (value, self->date_from);
      break;
    case PROP_DATE_TO:
      g_value_set_boxed (value, self->date_to);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_project_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EntProjectView *self = ENT_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATE_FROM:
      set_date (self, &self->date_from, g_value_get_boxed (value), prop_id);
      break;
    case PROP_DATE_TO:
      set_date (self, &self->date_to, g_value_get_boxed (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_project_view_class_init (EntProjectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_project_view_finalize;
  object_class->get_property = ent_project_view_get_property;
  object_class->set_property = ent_project_view_set_property;

  properties[PROP_DATE_FROM] = g_param_spec_boxed ("date-from", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_DATE_TO] = g_param_spec_boxed ("date-to", NULL, NULL, G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_project_view_init (EntProjectView *self)
{
}

EntProjectView *
ent_project_view_new (void)
{
  return g_object_new (ENT_TYPE_PROJECT_VIEW, NULL);
}

/* Returns: (nullable) (transfer none): the first instant of the range */
GDateTime *
ent_project_view_get_date_from (EntProjectView *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT_VIEW (self), NULL);
  return self->date_from;
}

/* Returns: (nullable) (transfer none): the last instant of the range */
GDateTime *
ent_project_view_get_date_to (EntProjectView *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT_VIEW (self), NULL);
  return self->date_to;
}

gboolean
ent_project_view_has_range (EntProjectView *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT_VIEW (self), FALSE);
  return self->date_from != NULL || self->date_to != NULL;
}

/* Whether @date lies in the range, ends included; an open end admits
 * everything on its side, and no date is in any range. */
gboolean
ent_project_view_contains (EntProjectView *self,
                           GDateTime      *date)
{
  g_return_val_if_fail (ENT_IS_PROJECT_VIEW (self), FALSE);

  if (!ent_project_view_has_range (self))
    return TRUE;
  if (date == NULL)
    return FALSE;
  return (self->date_from == NULL || g_date_time_compare (date, self->date_from) >= 0) &&
         (self->date_to == NULL || g_date_time_compare (date, self->date_to) <= 0);
}

/* The project's side ------------------------------------------------------ */

/* Returns: (transfer none): the project's view settings */
EntProjectView *
ent_project_get_view (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return self->view;
}

static gboolean
same_date (GDateTime *a,
           GDateTime *b)
{
  return a == b || (a != NULL && b != NULL && g_date_time_equal (a, b));
}

/**
 * ent_project_set_date_range:
 * @from: (nullable): the first instant, or %NULL for no lower bound
 * @to: (nullable): the last instant, or %NULL for no upper bound
 *
 * Restricts the network to the articles published in the range, as one
 * undoable step; two %NULL ends show every article again.
 */
void
ent_project_set_date_range (EntProject *self,
                            GDateTime  *from,
                            GDateTime  *to)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (ENT_IS_PROJECT (self));

  if (same_date (from, self->view->date_from) && same_date (to, self->view->date_to))
    return;

  _ent_project_begin_edit (self, from || to ? _("Filter by Date") : _("Show All Dates"));
  g_value_init (&value, G_TYPE_DATE_TIME);
  g_value_set_boxed (&value, from);
  _ent_project_record_set (self, G_OBJECT (self->view), "date-from", &value);
  g_value_set_boxed (&value, to);
  _ent_project_record_set (self, G_OBJECT (self->view), "date-to", &value);
  _ent_project_end_edit (self);
}

gboolean
ent_project_document_in_range (EntProject  *self,
                               EntDocument *document)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (ENT_IS_DOCUMENT (document), FALSE);

  return ent_project_view_contains (self->view, ent_document_get_published (document));
}

/* Whether @statement counts in the network under the date range. Manual
 * positions, which no article states, always count. */
gboolean
ent_project_statement_in_range (EntProject   *self,
                                EntStatement *statement)
{
  EntDocument *document;

  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (ENT_IS_STATEMENT (statement), FALSE);

  if (!ent_project_view_has_range (self->view) || ent_statement_get_document (statement) == NULL)
    return TRUE;
  document = ent_project_lookup_document (self, ent_statement_get_document (statement));
  return document == NULL || ent_project_document_in_range (self, document);
}

static void
record_move (EntProject  *self,
             EntDocument *document,
             guint        position)
{
  _ent_project_record_remove (self, G_OBJECT (document));
  _ent_project_record_insert (self, G_OBJECT (document), position);
}

/**
 * ent_project_move_document:
 * @position: the document's new index in the list
 *
 * Moves a document within the project's order, as one undoable step.
 */
void
ent_project_move_document (EntProject  *self,
                           EntDocument *document,
                           guint        position)
{
  guint from;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_DOCUMENT (document));
  g_return_if_fail (g_list_store_find (self->documents, document, &from));

  position = MIN (position, ent_project_get_n_documents (self) - 1);
  if (position == from)
    return;

  _ent_project_begin_edit (self, _("Move Article"));
  record_move (self, document, position);
  _ent_project_end_edit (self);
}

/* Undated documents go last; equal dates keep their order. */
static int
compare_published (gconstpointer a,
                   gconstpointer b)
{
  GDateTime *da = ent_document_get_published (*(EntDocument **) a);
  GDateTime *db = ent_document_get_published (*(EntDocument **) b);

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);
  return g_date_time_compare (da, db);
}

/**
 * ent_project_sort_documents_by_date:
 *
 * Orders the documents by publication date, oldest first, as one undoable
 * step.
 */
void
ent_project_sort_documents_by_date (EntProject *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_if_fail (ENT_IS_PROJECT (self));

  n = ent_project_get_n_documents (self);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (self->documents), i));
  /* g_ptr_array_sort() is a merge sort, hence stable. */
  g_ptr_array_sort (sorted, compare_published);

  _ent_project_begin_edit (self, _("Sort Articles by Date"));
  for (guint i = 0; i < n; i++)
    {
      EntDocument *document = g_ptr_array_index (sorted, i);
      gpointer current = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      g_object_unref (current);
      if (current != (gpointer) document)
        record_move (self, document, i);
    }
  _ent_project_end_edit (self);
}

/**
 * ent_project_set_actor_mentions:
 *
 * Sets how often the articles mention @actor. The counts are derived from
 * the analysis, but they are recorded like any edit so that undoing an
 * import takes its mentions back; inside a group they join its step.
 */
void
ent_project_set_actor_mentions (EntProject *self,
                                EntActor   *actor,
                                guint       mentions)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, mentions);
  _ent_project_begin_edit (self, _("Count Mentions"));
  _ent_project_record_set (self, G_OBJECT (actor), "mentions", &value);
  _ent_project_end_edit (self);
}
