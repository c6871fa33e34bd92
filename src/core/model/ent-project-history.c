/* ent-project-history.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-project-private.h"

/*
 * Every edit is a list of three kinds of primitive operation: insert an
 * object into its list, remove it, or set one of its properties. Undo runs
 * the operations of an edit backwards, inverting each; redo runs them
 * forwards again. Compound edits (merge, remove an actor with its
 * statements) are simply longer lists, so they undo in one step.
 */

typedef enum
{
  OP_INSERT,
  OP_REMOVE,
  OP_SET,
} OpKind;

typedef struct
{
  OpKind      kind;
  GObject    *object;
  guint       position;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
} Op;

struct _EntEdit
{
  char    *label;
  GArray  *ops;
  guint64  serial;
};

static void
op_clear (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->object);
  if (G_IS_VALUE (&op->old_value))
    g_value_unset (&op->old_value);
  if (G_IS_VALUE (&op->new_value))
    g_value_unset (&op->new_value);
}

static EntEdit *
edit_new (const char *label)
{
  EntEdit *edit = g_new0 (EntEdit, 1);

  edit->label = g_strdup (label);
  edit->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (edit->ops, op_clear);
  return edit;
}

static void
edit_free (gpointer data)
{
  EntEdit *edit = data;

  g_free (edit->label);
  g_array_unref (edit->ops);
  g_free (edit);
}

static void
op_run (EntProject *self,
        Op         *op,
        gboolean    forward)
{
  switch (op->kind)
    {
    case OP_INSERT:
      if (forward)
        _ent_project_store_insert (self, op->object, op->position);
      else
        _ent_project_store_remove (self, op->object, op->position);
      break;
    case OP_REMOVE:
      if (forward)
        _ent_project_store_remove (self, op->object, op->position);
      else
        _ent_project_store_insert (self, op->object, op->position);
      break;
    case OP_SET:
      g_object_set_property (op->object, op->pspec->name,
                             forward ? &op->new_value : &op->old_value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
push_op (EntProject *self,
         Op         *op)
{
  g_assert (self->recording != NULL);

  g_array_append_vals (self->recording->ops, op, 1);
  op_run (self, &g_array_index (self->recording->ops, Op, self->recording->ops->len - 1), TRUE);
}

void
_ent_project_begin_edit (EntProject *self,
                         const char *label)
{
  if (self->recording_depth++ == 0)
    self->recording = edit_new (label);
}

void
_ent_project_end_edit (EntProject *self)
{
  EntEdit *edit;

  g_return_if_fail (self->recording_depth > 0);

  if (--self->recording_depth > 0)
    return;

  edit = g_steal_pointer (&self->recording);
  if (edit->ops->len == 0)
    {
      edit_free (edit);
      return;
    }

  edit->serial = self->next_serial++;
  g_ptr_array_add (self->undo_stack, edit);
  g_ptr_array_set_size (self->redo_stack, 0);
  _ent_project_emit_changed (self);
}

void
_ent_project_record_insert (EntProject *self,
                            GObject    *object,
                            guint       position)
{
  Op op = { OP_INSERT, g_object_ref (object), position };

  push_op (self, &op);
}

void
_ent_project_record_remove (EntProject *self,
                            GObject    *object)
{
  GListStore *store;
  Op op = { OP_REMOVE, NULL, 0 };
  guint position;

  if (ENT_IS_DOCUMENT (object))
    store = self->documents;
  else if (ENT_IS_ACTOR (object))
    store = self->actors;
  else
    store = self->statements;

  if (!g_list_store_find (store, object, &position))
    return;

  op.object = g_object_ref (object);
  op.position = position;
  push_op (self, &op);
}

void
_ent_project_record_set (EntProject   *self,
                         GObject      *object,
                         const char   *property,
                         const GValue *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  Op op = { OP_SET, NULL, 0, pspec, G_VALUE_INIT, G_VALUE_INIT };

  g_return_if_fail (pspec != NULL);

  g_value_init (&op.old_value, pspec->value_type);
  g_object_get_property (object, property, &op.old_value);
  g_value_init (&op.new_value, pspec->value_type);
  g_value_transform (value, &op.new_value);

  if (g_param_values_cmp (pspec, &op.old_value, &op.new_value) == 0)
    {
      g_value_unset (&op.old_value);
      g_value_unset (&op.new_value);
      return;
    }

  op.object = g_object_ref (object);
  push_op (self, &op);
}

void
_ent_project_record_set_string (EntProject *self,
                                GObject    *object,
                                const char *property,
                                const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  _ent_project_record_set (self, object, property, &v);
}

guint64
_ent_project_get_state_serial (EntProject *self)
{
  EntEdit *top;

  if (self->undo_stack->len == 0)
    return 0;
  top = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  return top->serial;
}

void
_ent_project_history_free (EntProject *self)
{
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->recording, edit_free);
}

static GPtrArray *
stack_new (void)
{
  return g_ptr_array_new_with_free_func (edit_free);
}

void
ent_project_clear_history (EntProject *self)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  g_return_if_fail (self->recording == NULL);

  _ent_project_history_free (self);
  self->undo_stack = stack_new ();
  self->redo_stack = stack_new ();
  self->saved_serial = _ent_project_get_state_serial (self);
  _ent_project_notify_state (self);
}

gboolean
ent_project_get_can_undo (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
ent_project_get_can_redo (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  return self->redo_stack->len > 0;
}

const char *
ent_project_get_undo_label (EntProject *self)
{
  EntEdit *edit;

  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;
  edit = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  return edit->label;
}

const char *
ent_project_get_redo_label (EntProject *self)
{
  EntEdit *edit;

  g_return_val_if_fail (ENT_IS_PROJECT (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;
  edit = g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1);
  return edit->label;
}

/**
 * ent_project_undo:
 *
 * Reverts the last edit as one step.
 *
 * Returns: %TRUE if there was an edit to undo
 */
gboolean
ent_project_undo (EntProject *self)
{
  EntEdit *edit;

  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->recording == NULL, FALSE);

  if (self->undo_stack->len == 0)
    return FALSE;

  edit = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  for (guint i = edit->ops->len; i > 0; i--)
    op_run (self, &g_array_index (edit->ops, Op, i - 1), FALSE);
  g_ptr_array_add (self->redo_stack, edit);
  _ent_project_emit_changed (self);
  return TRUE;
}

/**
 * ent_project_redo:
 *
 * Applies again the last edit that was undone.
 *
 * Returns: %TRUE if there was an edit to redo
 */
gboolean
ent_project_redo (EntProject *self)
{
  EntEdit *edit;

  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->recording == NULL, FALSE);

  if (self->redo_stack->len == 0)
    return FALSE;

  edit = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  for (guint i = 0; i < edit->ops->len; i++)
    op_run (self, &g_array_index (edit->ops, Op, i), TRUE);
  g_ptr_array_add (self->undo_stack, edit);
  _ent_project_emit_changed (self);
  return TRUE;
}

/**
 * ent_project_begin_group:
 * @label: what the user sees in the Undo menu item
 *
 * Starts a group of edits that undo and redo as one step and emit
 * EntProject::changed once, at the matching ent_project_end_group().
 * Groups nest; the outermost label is kept.
 */
void
ent_project_begin_group (EntProject *self,
                         const char *label)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  _ent_project_begin_edit (self, label);
}

void
ent_project_end_group (EntProject *self)
{
  g_return_if_fail (ENT_IS_PROJECT (self));
  _ent_project_end_edit (self);
}

void
ent_project_mark_saved (EntProject *self)
{
  g_return_if_fail (ENT_IS_PROJECT (self));

  self->saved_serial = _ent_project_get_state_serial (self);
  _ent_project_notify_state (self);
}

/**
 * ent_project_mark_unsaved:
 *
 * Marks the project as differing from its file whatever its history says,
 * as a project recovered from an autosave does: no state of its history is
 * the saved one until it is saved again.
 */
void
ent_project_mark_unsaved (EntProject *self)
{
  g_return_if_fail (ENT_IS_PROJECT (self));

  self->saved_serial = G_MAXUINT64;
  _ent_project_notify_state (self);
}

gboolean
ent_project_get_modified (EntProject *self)
{
  g_return_val_if_fail (ENT_IS_PROJECT (self), FALSE);
  return _ent_project_get_state_serial (self) != self->saved_serial;
}
