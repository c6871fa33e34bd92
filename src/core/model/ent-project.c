/* ent-project.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-project-private.h"

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_TITLE,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntProject, ent_project, G_TYPE_OBJECT)

static GListStore *
store_for (EntProject *self,
           GObject    *object,
           GHashTable **index,
           const char **id)
{
  if (ENT_IS_DOCUMENT (object))
    {
      *index = self->documents_by_id;
      *id = ent_document_get_id (ENT_DOCUMENT (object));
      return self->documents;
    }
  if (ENT_IS_ACTOR (object))
    {
      *index = self->actors_by_id;
      *id = ent_actor_get_id (ENT_ACTOR (object));
      return self->actors;
    }
  g_assert (ENT_IS_STATEMENT (object));
  *index = self->statements_by_id;
  *id = ent_statement_get_id (ENT_STATEMENT (object));
  return self->statements;
}

/* Keeps count of each document's statements, so that asking whether a
 * document has any (as every analysed article does) does not walk them
 * all. A statement's document does not change once it is in a project. */
static void
count_statement (EntProject *self,
                 GObject    *object,
                 int         delta)
{
  const char *document;
  gpointer key, value;
  guint n = 0;

  if (!ENT_IS_STATEMENT (object) || (document = ent_statement_get_document (ENT_STATEMENT (object))) == NULL)
    return;
  if (g_hash_table_lookup_extended (self->statements_per_document, document, &key, &value))
    n = GPOINTER_TO_UINT (value);
  n = delta < 0 && n == 0 ? 0 : n + delta;
  if (n == 0)
    g_hash_table_remove (self->statements_per_document, document);
  else
    g_hash_table_insert (self->statements_per_document, g_strdup (document), GUINT_TO_POINTER (n));
}

/* Keeps the documents by the size of their text, which never changes, so
 * that finding a duplicate compares a new article with the few of the
 * same size, not with every article in the project. */
static void
index_size (EntProject *self,
            GObject    *object,
            gboolean    add)
{
  gpointer size;
  GPtrArray *same;

  if (!ENT_IS_DOCUMENT (object))
    return;
  size = GSIZE_TO_POINTER (ent_document_get_size (ENT_DOCUMENT (object)));
  same = g_hash_table_lookup (self->documents_by_size, size);
  if (add)
    {
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (self->documents_by_size, size, same);
        }
      g_ptr_array_add (same, object);
    }
  else if (same != NULL && g_ptr_array_remove (same, object) && same->len == 0)
    g_hash_table_remove (self->documents_by_size, size);
}

void
_ent_project_store_insert (EntProject *self,
                           GObject    *object,
                           guint       position)
{
  GHashTable *index;
  const char *id;
  GListStore *store = store_for (self, object, &index, &id);

  g_hash_table_insert (index, (gpointer)id, object);
  count_statement (self, object, +1);
  index_size (self, object, TRUE);
  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))),
                       object);
}

void
_ent_project_store_remove (EntProject *self,
                           GObject    *object,
                           guint       position)
{
  GHashTable *index;
  const char *id;
  GListStore *store = store_for (self, object, &index, &id);

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (store)) ||
      g_list_model_get_item (G_LIST_MODEL (store), position) != object)
    {
      if (!g_list_store_find (store, object, &position))
        return;
    }
  else
    {
      /* g_list_model_get_item() returned a reference. */
      g_object_unref (object);
    }

  g_hash_table_remove (index, id);
  count_statement (self, object, -1);
  index_size (self, object, FALSE);
  g_list_store_remove (store, position);
}

void
_ent_project_notify_state (EntProject *self)
{
  gboolean can_undo = ent_project_get_can_undo (self);
  gboolean can_redo = ent_project_get_can_redo (self);
  gboolean modified = ent_project_get_modified (self);

  if (can_undo != self->last_can_undo)
    {
      self->last_can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->last_can_redo)
    {
      self->last_can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (modified != self->last_modified)
    {
      self->last_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

void
_ent_project_emit_changed (EntProject *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  _ent_project_notify_state (self);
}

/*
 * Used by the project file loader: fills an empty project in one splice per
 * list, without history, so that loading 10,000 documents does not emit
 * 10,000 signals.
 */
void
_ent_project_load_contents (EntProject *self,
                            GPtrArray  *documents,
                            GPtrArray  *actors,
                            GPtrArray  *statements)
{
  struct { GPtrArray *items; GListStore *store; GHashTable *index; } lists[] = {
    { documents, self->documents, self->documents_by_id },
    { actors, self->actors, self->actors_by_id },
    { statements, self->statements, self->statements_by_id },
  };

  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (self->documents)) == 0);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < lists[l].items->len; i++)
        {
          GObject *object = g_ptr_array_index (lists[l].items, i);
          GHashTable *index;
          const char *id;

          store_for (self, object, &index, &id);
          g_hash_table_insert (lists[l].index, (gpointer)id, object);
          count_statement (self, object, +1);
        }
      g_list_store_splice (lists[l].store, 0, 0, lists[l].items->pdata, lists[l].items->len);
    }
}

static void
ent_project_dispose (GObject *object)
{
  EntProject *self = (EntProject *)object;

  _ent_project_history_free (self);
  g_clear_object (&self->file);
  g_clear_object (&self->view);
  g_clear_pointer (&self->documents_by_id, g_hash_table_unref);
  g_clear_pointer (&self->actors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->statements_by_id, g_hash_table_unref);
  g_clear_pointer (&self->statements_per_document, g_hash_table_unref);
  g_clear_pointer (&self->documents_by_size, g_hash_table_unref);
  g_clear_object (&self->documents);
  g_clear_object (&self->actors);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (ent_project_parent_class)->dispose (object);
}

static void
ent_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EntProject *self = ENT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ent_project_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ent_project_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ent_project_get_can_redo (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, ent_project_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EntProject *self = ENT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      ent_project_set_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_project_class_init (EntProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ent_project_dispose;
  object_class->get_property = ent_project_get_property;
  object_class->set_property = ent_project_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntProject::changed:
   *
   * Emitted once after every edit, undo and redo, when the project is in
   * its new consistent state.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ent_project_init (EntProject *self)
{
  self->documents = g_list_store_new (ENT_TYPE_DOCUMENT);
  self->actors = g_list_store_new (ENT_TYPE_ACTOR);
  self->statements = g_list_store_new (ENT_TYPE_STATEMENT);
  self->documents_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->actors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->statements_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->statements_per_document = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->documents_by_size = g_hash_table_new_full (NULL, NULL, NULL,
                                                   (GDestroyNotify) g_ptr_array_unref);
  self->view = ent_project_view_new ();
  self->undo_stack = g_ptr_array_new ();
  self->redo_stack = g_ptr_array_new ();
  self->next_serial = 1;
  self->next_id = 1;
  ent_project_clear_history (self);
}

EntProject *
ent_project_new (void)
{
  return g_object_new (ENT_TYPE_PROJECT, NULL);
}

GListModel *
ent_project_get_documents (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->documents);
}

GListModel *
ent_project_get_actors (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->actors);
}

GListModel *
ent_project_get_statements (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->statements);
}

guint
ent_project_get_n_documents (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->documents));
}

guint
ent_project_get_n_actors (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->actors));
}

guint
ent_project_get_n_statements (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->statements));
}

/**
 * ent_project_count_document_statements:
 * @document_id: a document's id
 *
 * Returns: how many of the project's statements have their evidence in
 *   that document (without walking the statements)
 */
guint
ent_project_count_document_statements (EntProject *self,
                                       const char *document_id)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), 0);
  g_return_val_if_fail (document_id != NULL, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->statements_per_document, document_id));
}

EntDocument *
ent_project_lookup_document (EntProject *self,
                             const char *id)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return id ? g_hash_table_lookup (self->documents_by_id, id) : NULL;
}

EntActor *
ent_project_lookup_actor (EntProject *self,
                          const char *id)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return id ? g_hash_table_lookup (self->actors_by_id, id) : NULL;
}

EntStatement *
ent_project_lookup_statement (EntProject *self,
                              const char *id)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return id ? g_hash_table_lookup (self->statements_by_id, id) : NULL;
}

/**
 * ent_project_dup_new_id:
 * @prefix: such as "doc" or "st"
 *
 * Returns an id that no object in the project has and that this function
 * has never returned before, so that several imports running at once get
 * different ids.
 */
char *
ent_project_dup_new_id (EntProject *self,
                        const char *prefix)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  for (;;)
    {
      g_autofree char *id = g_strdup_printf ("%s-%" G_GUINT64_FORMAT, prefix, self->next_id++);

      if (!g_hash_table_contains (self->documents_by_id, id) &&
          !g_hash_table_contains (self->actors_by_id, id) &&
          !g_hash_table_contains (self->statements_by_id, id))
        return g_steal_pointer (&id);
    }
}

GFile *
ent_project_get_file (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  return self->file;
}

void
ent_project_set_file (EntProject *self,
                      GFile      *file)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

/**
 * ent_project_dup_title:
 *
 * Returns: the name to show for the project: its file name without the
 *   extension, or "Untitled Project".
 */
char *
ent_project_dup_title (EntProject *self)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);

  if (self->file == NULL || (basename = g_file_get_basename (self->file)) == NULL)
    return g_strdup (_("Untitled Project"));
  if (g_str_has_suffix (basename, ".entente") && strlen (basename) > strlen (".entente"))
    basename[strlen (basename) - strlen (".entente")] = '\0';
  return g_steal_pointer (&basename);
}

/* Documents */

void
ent_project_add_document (EntProject  *self,
                          EntDocument *document)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_DOCUMENT (document));
  g_return_if_fail (ent_project_lookup_document (self, ent_document_get_id (document)) == NULL);

  _ent_project_begin_edit (self, _("Add Document"));
  _ent_project_record_insert (self, G_OBJECT (document), ent_project_get_n_documents (self));
  _ent_project_end_edit (self);
}

static void
remove_statements_where (EntProject *self,
                         gboolean  (*match) (EntStatement *, const char *),
                         const char *id)
{
  guint n = ent_project_get_n_statements (self);

  /* Backwards, so that the positions recorded stay valid during undo. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(EntStatement) statement = g_list_model_get_item (G_LIST_MODEL (self->statements), i - 1);

      if (match (statement, id))
        _ent_project_record_remove (self, G_OBJECT (statement));
    }
}

static gboolean
statement_in_document (EntStatement *statement,
                       const char   *id)
{
  return g_strcmp0 (ent_statement_get_document (statement), id) == 0;
}

static gboolean
statement_involves (EntStatement *statement,
                    const char   *id)
{
  return g_strcmp0 (ent_statement_get_source (statement), id) == 0 ||
         g_strcmp0 (ent_statement_get_target (statement), id) == 0;
}

void
ent_project_remove_document (EntProject  *self,
                             EntDocument *document)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_DOCUMENT (document));

  _ent_project_begin_edit (self, _("Remove Document"));
  remove_statements_where (self, statement_in_document, ent_document_get_id (document));
  _ent_project_record_remove (self, G_OBJECT (document));
  _ent_project_end_edit (self);
}

/**
 * ent_project_find_duplicate:
 *
 * Returns: (nullable) (transfer none): a document of the project with the
 *   same URL or the same text as @document, if any.
 */
EntDocument *
ent_project_find_duplicate (EntProject  *self,
                            EntDocument *document)
{
  const char *url;
  GPtrArray *same;
  guint n;

  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);
  g_return_val_if_fail (ENT_IS_DOCUMENT (document), NULL);

  url = ent_document_get_url (document);
  n = url != NULL ? ent_project_get_n_documents (self) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntDocument) other = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (other != document && g_strcmp0 (url, ent_document_get_url (other)) == 0)
        return other;
    }

  same = g_hash_table_lookup (self->documents_by_size,
                              GSIZE_TO_POINTER (ent_document_get_size (document)));
  for (guint i = 0; same != NULL && i < same->len; i++)
    {
      EntDocument *other = g_ptr_array_index (same, i);

      if (other != document &&
          strcmp (ent_document_get_text (document), ent_document_get_text (other)) == 0)
        return other;
    }
  return NULL;
}

/* Actors */

void
ent_project_add_actor (EntProject *self,
                       EntActor   *actor)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (ent_project_lookup_actor (self, ent_actor_get_id (actor)) == NULL);

  _ent_project_begin_edit (self, _("Add Actor"));
  _ent_project_record_insert (self, G_OBJECT (actor), ent_project_get_n_actors (self));
  _ent_project_end_edit (self);
}

static gboolean
owns_actor (EntProject *self,
            EntActor   *actor)
{
  return ent_project_lookup_actor (self, ent_actor_get_id (actor)) == actor;
}

static void
set_actor_string (EntProject *self,
                  EntActor   *actor,
                  const char *property,
                  const char *value,
                  const char *label)
{
  g_return_if_fail (owns_actor (self, actor));

  _ent_project_begin_edit (self, label);
  _ent_project_record_set_string (self, G_OBJECT (actor), property, value);
  _ent_project_end_edit (self);
}

void
ent_project_rename_actor (EntProject *self,
                          EntActor   *actor,
                          const char *name)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (name != NULL && *name != '\0');

  set_actor_string (self, actor, "name", name, _("Rename Actor"));
}

void
ent_project_set_actor_color (EntProject *self,
                             EntActor   *actor,
                             const char *color)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));

  set_actor_string (self, actor, "color", color, _("Change Actor Colour"));
}

void
ent_project_set_actor_affiliation (EntProject *self,
                                   EntActor   *actor,
                                   const char *affiliation)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (g_strcmp0 (affiliation, ent_actor_get_id (actor)) != 0);

  set_actor_string (self, actor, "affiliation", affiliation, _("Change Affiliation"));
}

void
ent_project_set_actor_kind (EntProject   *self,
                            EntActor     *actor,
                            EntActorKind  kind)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (owns_actor (self, actor));

  g_value_init (&value, ENT_TYPE_ACTOR_KIND);
  g_value_set_enum (&value, kind);
  _ent_project_begin_edit (self, _("Change Actor Kind"));
  _ent_project_record_set (self, G_OBJECT (actor), "kind", &value);
  _ent_project_end_edit (self);
}

static void
record_aliases (EntProject         *self,
                EntActor           *actor,
                const char * const *aliases)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, aliases);
  _ent_project_record_set (self, G_OBJECT (actor), "aliases", &value);
}

static void
strv_builder_add_new (GPtrArray  *names,
                      EntActor   *owner,
                      const char *name)
{
  if (name == NULL || *name == '\0' || g_strcmp0 (name, ent_actor_get_name (owner)) == 0)
    return;
  for (guint i = 0; i < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), name) == 0)
      return;
  g_ptr_array_add (names, (gpointer)name);
}

void
ent_project_add_actor_alias (EntProject *self,
                             EntActor   *actor,
                             const char *alias)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char * const *aliases;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (owns_actor (self, actor));
  g_return_if_fail (alias != NULL);

  aliases = ent_actor_get_aliases (actor);
  for (guint i = 0; aliases[i]; i++)
    strv_builder_add_new (names, actor, aliases[i]);
  strv_builder_add_new (names, actor, alias);
  g_ptr_array_add (names, NULL);

  _ent_project_begin_edit (self, _("Add Alias"));
  record_aliases (self, actor, (const char * const *)names->pdata);
  _ent_project_end_edit (self);
}

void
ent_project_move_actor (EntProject *self,
                        EntActor   *actor,
                        double      x,
                        double      y,
                        gboolean    pinned)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (owns_actor (self, actor));

  _ent_project_begin_edit (self, pinned ? _("Move Actor") : _("Unpin Actor"));
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, x);
  _ent_project_record_set (self, G_OBJECT (actor), "x", &value);
  g_value_set_double (&value, y);
  _ent_project_record_set (self, G_OBJECT (actor), "y", &value);
  g_value_unset (&value);
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, pinned);
  _ent_project_record_set (self, G_OBJECT (actor), "pinned", &value);
  _ent_project_end_edit (self);
}

static void
repoint_affiliations (EntProject *self,
                      const char *from_id,
                      EntActor   *into)
{
  guint n = ent_project_get_n_actors (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);

      if (g_strcmp0 (ent_actor_get_affiliation (actor), from_id) != 0)
        continue;
      if (into == NULL || actor == into)
        _ent_project_record_set_string (self, G_OBJECT (actor), "affiliation", NULL);
      else
        _ent_project_record_set_string (self, G_OBJECT (actor), "affiliation",
                                        ent_actor_get_id (into));
    }
}

static void
repoint_statements (EntProject *self,
                    const char *from_id,
                    const char *into_id)
{
  guint n = ent_project_get_n_statements (self);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (G_LIST_MODEL (self->statements), i - 1);
      const char *source = ent_statement_get_source (st);
      const char *target = ent_statement_get_target (st);
      gboolean from_source = g_strcmp0 (source, from_id) == 0;
      gboolean from_target = g_strcmp0 (target, from_id) == 0;

      if (!from_source && !from_target)
        continue;

      /* A position of an actor toward itself means nothing: drop it. */
      if ((from_source ? into_id : source) != NULL &&
          g_strcmp0 (from_source ? into_id : source, from_target ? into_id : target) == 0)
        {
          _ent_project_record_remove (self, G_OBJECT (st));
          continue;
        }
      if (from_source)
        _ent_project_record_set_string (self, G_OBJECT (st), "source", into_id);
      if (from_target)
        _ent_project_record_set_string (self, G_OBJECT (st), "target", into_id);
    }
}

void
ent_project_merge_actors (EntProject *self,
                          EntActor   *from,
                          EntActor   *into)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_auto(GValue) mentions = G_VALUE_INIT;
  const char * const *aliases;

  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (from));
  g_return_if_fail (ENT_IS_ACTOR (into));
  g_return_if_fail (owns_actor (self, from) && owns_actor (self, into));

  if (from == into)
    return;

  _ent_project_begin_edit (self, _("Merge Actors"));

  repoint_statements (self, ent_actor_get_id (from), ent_actor_get_id (into));
  repoint_affiliations (self, ent_actor_get_id (from), into);

  aliases = ent_actor_get_aliases (into);
  for (guint i = 0; aliases[i]; i++)
    strv_builder_add_new (names, into, aliases[i]);
  strv_builder_add_new (names, into, ent_actor_get_name (from));
  aliases = ent_actor_get_aliases (from);
  for (guint i = 0; aliases[i]; i++)
    strv_builder_add_new (names, into, aliases[i]);
  g_ptr_array_add (names, NULL);
  record_aliases (self, into, (const char * const *)names->pdata);

  g_value_init (&mentions, G_TYPE_UINT);
  g_value_set_uint (&mentions, ent_actor_get_mentions (into) + ent_actor_get_mentions (from));
  _ent_project_record_set (self, G_OBJECT (into), "mentions", &mentions);

  _ent_project_record_remove (self, G_OBJECT (from));
  _ent_project_end_edit (self);
}

void
ent_project_remove_actor (EntProject *self,
                          EntActor   *actor)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));
  g_return_if_fail (owns_actor (self, actor));

  _ent_project_begin_edit (self, _("Remove Actor"));
  remove_statements_where (self, statement_involves, ent_actor_get_id (actor));
  repoint_affiliations (self, ent_actor_get_id (actor), NULL);
  _ent_project_record_remove (self, G_OBJECT (actor));
  _ent_project_end_edit (self);
}

/* Statements */

void
ent_project_add_statement (EntProject   *self,
                           EntStatement *statement)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_STATEMENT (statement));
  g_return_if_fail (ent_project_lookup_statement (self, ent_statement_get_id (statement)) == NULL);
  g_return_if_fail (ent_project_lookup_actor (self, ent_statement_get_source (statement)) != NULL);
  g_return_if_fail (ent_project_lookup_actor (self, ent_statement_get_target (statement)) != NULL);

  _ent_project_begin_edit (self, _("Add Position"));
  _ent_project_record_insert (self, G_OBJECT (statement), ent_project_get_n_statements (self));
  _ent_project_end_edit (self);
}

static void
set_statement_enum (EntProject   *self,
                    EntStatement *statement,
                    const char   *property,
                    GType         type,
                    int           value,
                    const char   *label)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (ent_project_lookup_statement (self, ent_statement_get_id (statement)) == statement);

  if (G_TYPE_IS_ENUM (type))
    {
      g_value_init (&v, type);
      g_value_set_enum (&v, value);
    }
  else
    {
      g_value_init (&v, G_TYPE_INT);
      g_value_set_int (&v, value);
    }
  _ent_project_begin_edit (self, label);
  _ent_project_record_set (self, G_OBJECT (statement), property, &v);
  _ent_project_end_edit (self);
}

void
ent_project_accept_statement (EntProject   *self,
                              EntStatement *statement)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_STATEMENT (statement));

  set_statement_enum (self, statement, "state", ENT_TYPE_STATEMENT_STATE,
                      ENT_STATEMENT_STATE_ACCEPTED, _("Accept Position"));
}

void
ent_project_reject_statement (EntProject   *self,
                              EntStatement *statement)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_STATEMENT (statement));

  set_statement_enum (self, statement, "state", ENT_TYPE_STATEMENT_STATE,
                      ENT_STATEMENT_STATE_REJECTED, _("Reject Position"));
}

void
ent_project_flip_statement (EntProject   *self,
                            EntStatement *statement)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_STATEMENT (statement));

  set_statement_enum (self, statement, "sign", G_TYPE_INT,
                      -ent_statement_get_sign (statement), _("Flip Position"));
}

void
ent_project_remove_statement (EntProject   *self,
                              EntStatement *statement)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (ENT_IS_STATEMENT (statement));

  _ent_project_begin_edit (self, _("Remove Position"));
  _ent_project_record_remove (self, G_OBJECT (statement));
  _ent_project_end_edit (self);
}
