/* ent-window-mentions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-application.h"
#include "ent-window-private.h"

/* The actor mentions of the article in the reader, tinted with the colour
 * of their actor's camp. The extractor finds them in a worker thread, once
 * per article; the colours follow the network. A click on a mention
 * selects its actor, and selected text can become an alias. */

typedef struct
{
  EntProject *actors;  /* a private copy of the project's actors, or NULL */
  char       *text;
} FindData;

static void
find_data_free (FindData *data)
{
  g_clear_object (&data->actors);
  g_free (data->text);
  g_free (data);
}

static void
mention_clear (gpointer data)
{
  g_free (((EntReaderMention *) data)->actor);
}

/* Runs in a worker thread: reads only its task data and the shared,
 * read-only default extractor. */
static void
find_mentions_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  FindData *data = task_data;
  g_autoptr(EntExtractor) base = NULL;
  g_autoptr(EntExtractor) extractor = NULL;
  g_autoptr(EntExtraction) extraction = NULL;
  EntGazetteer *gazetteer;
  GArray *found;
  GError *error = NULL;

  if ((base = ent_application_dup_extractor (&error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  extractor = data->actors ? ent_analysis_extractor_for_project (base, data->actors)
                           : g_object_ref (base);
  gazetteer = ent_extractor_get_gazetteer (extractor);
  extraction = ent_extractor_run (extractor, data->text, strlen (data->text));

  found = g_array_new (FALSE, FALSE, sizeof (EntReaderMention));
  g_array_set_clear_func (found, mention_clear);
  for (guint i = 0; i < extraction->mentions->len; i++)
    {
      const EntFoundMention *m = &g_array_index (extraction->mentions, EntFoundMention, i);
      EntReaderMention mention = { m->start, m->end, -1, NULL };

      mention.actor = g_strdup (ent_gazetteer_get_actor (gazetteer, m->actor)->id);
      g_array_append_val (found, mention);
    }

  g_task_return_pointer (task, found, (GDestroyNotify) g_array_unref);
}

/* The camp of the network node @actor_id folds into, or -1. */
static int
find_camp (EntWindow  *self,
           const char *actor_id)
{
  EntActor *actor = ent_project_lookup_actor (self->project, actor_id);
  int node;

  if (actor == NULL)
    return -1;
  actor = ent_network_fold_actor (self->project, actor, ent_network_get_level (self->network));
  node = ent_network_find_node (self->network, ent_actor_get_id (actor));
  return node >= 0 ? ent_network_get_node (self->network, node)->camp : -1;
}

/* Shows @found, coloured as the network is now; mentions of actors the
 * project does not have (any more) are left plain. */
static void
apply_mentions (EntWindow *self,
                GArray    *found)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (EntReaderMention));

  for (guint i = 0; i < found->len; i++)
    {
      EntReaderMention mention = g_array_index (found, EntReaderMention, i);

      if (ent_project_lookup_actor (self->project, mention.actor) == NULL)
        continue;
      mention.camp = find_camp (self, mention.actor);
      g_array_append_val (shown, mention);
    }
  ent_reader_set_mentions (self->reader, shown);
}

/* Whom a search for mentions reports to. The window is held weakly: the
 * task may be let go last by its worker thread (it returns at once when
 * cancelled), and a window must never be finalised off the main thread. */
typedef struct
{
  GWeakRef     window;
  EntDocument *document;
} FindReply;

static void
find_reply_free (FindReply *reply)
{
  g_weak_ref_clear (&reply->window);
  g_object_unref (reply->document);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FindReply, find_reply_free)

static void
mentions_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FindReply) reply = user_data;
  g_autoptr(EntWindow) self = g_weak_ref_get (&reply->window);
  EntDocument *document = reply->document;
  g_autoptr(GArray) found = g_task_propagate_pointer (G_TASK (result), NULL);

  if (found == NULL || self == NULL || self->mentions == NULL)
    return;

  g_hash_table_insert (self->mentions, g_strdup (ent_document_get_id (document)),
                       g_array_ref (found));
  if (ent_reader_get_document (self->reader) == document)
    apply_mentions (self, found);
}

static void
find_mentions (EntWindow   *self,
               EntDocument *document)
{
  g_autoptr(GTask) task = NULL;
  FindData *data = g_new0 (FindData, 1);
  FindReply *reply = g_new0 (FindReply, 1);

  g_cancellable_cancel (self->mentions_cancellable);
  g_clear_object (&self->mentions_cancellable);
  self->mentions_cancellable = g_cancellable_new ();

  data->actors = _ent_window_copy_actors (self->project);
  data->text = g_strdup (ent_document_get_text (document));
  g_weak_ref_init (&reply->window, self);
  reply->document = g_object_ref (document);
  task = g_task_new (NULL, self->mentions_cancellable, mentions_found_cb, reply);
  g_task_set_source_tag (task, find_mentions);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify) find_data_free);
  g_task_run_in_thread (task, find_mentions_thread);
}

/* Shows the mentions of the article in the reader: at once if they are
 * known, else once they are found. Called when the article or the network
 * changes. */
void
_ent_window_show_mentions (EntWindow *self)
{
  EntDocument *document = ent_reader_get_document (self->reader);
  GArray *found;

  if (document == NULL || self->mentions == NULL)
    return;

  found = g_hash_table_lookup (self->mentions, ent_document_get_id (document));
  if (found != NULL)
    apply_mentions (self, found);
  else
    find_mentions (self, document);
}

/* The project's names changed: the mentions must be found again. */
void
_ent_window_forget_mentions (EntWindow *self)
{
  if (self->mentions != NULL)
    g_hash_table_remove_all (self->mentions);
}

static void
mention_activated_cb (EntWindow  *self,
                      const char *actor_id)
{
  EntActor *actor = ent_project_lookup_actor (self->project, actor_id);

  if (actor == NULL)
    return;
  actor = ent_network_fold_actor (self->project, actor, ent_network_get_level (self->network));
  ent_side_panel_show_actor (self->side_panel, actor);
}

static void
add_alias_cb (EntWindow  *self,
              const char *text)
{
  ent_side_panel_add_alias_for_text (self->side_panel, text);
}

void
_ent_window_init_mentions (EntWindow *self)
{
  self->mentions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  g_signal_connect_object (self->reader, "mention-activated", G_CALLBACK (mention_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "add-alias", G_CALLBACK (add_alias_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_ent_window_dispose_mentions (EntWindow *self)
{
  g_cancellable_cancel (self->mentions_cancellable);
  g_clear_object (&self->mentions_cancellable);
  g_clear_pointer (&self->mentions, g_hash_table_unref);
}
