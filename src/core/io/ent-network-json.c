/* ent-network-json.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-json.h"
#include "ent-network-json.h"

static void
write_actor (EntJsonWriter        *w,
             EntNetwork           *network,
             const EntNetworkNode *node)
{
  const char * const *aliases = ent_actor_get_aliases (node->actor);
  const char *affiliation = ent_actor_get_affiliation (node->actor);

  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "id");
  ent_json_writer_string (w, ent_actor_get_id (node->actor));
  ent_json_writer_key (w, "name");
  ent_json_writer_string (w, ent_actor_get_name (node->actor));
  ent_json_writer_key (w, "kind");
  ent_json_writer_string (w, ent_actor_kind_to_string (ent_actor_get_kind (node->actor)));
  ent_json_writer_key (w, "aliases");
  ent_json_writer_begin_array (w);
  for (guint i = 0; aliases[i]; i++)
    ent_json_writer_string (w, aliases[i]);
  ent_json_writer_end_array (w);
  ent_json_writer_key (w, "affiliation");
  ent_json_writer_string (w, ent_network_get_level (network) == ENT_NETWORK_LEVEL_ACTOR ? affiliation : NULL);
  ent_json_writer_key (w, "mentions");
  ent_json_writer_int (w, node->mentions);
  ent_json_writer_key (w, "camp");
  if (node->camp == ENT_NETWORK_NO_CAMP)
    ent_json_writer_null (w);
  else
    ent_json_writer_int (w, node->camp);
  ent_json_writer_key (w, "x");
  ent_json_writer_double (w, node->x);
  ent_json_writer_key (w, "y");
  ent_json_writer_double (w, node->y);
  ent_json_writer_end_object (w);
}

static void
write_evidence (EntJsonWriter *w,
                EntProject    *project,
                EntStatement  *st)
{
  EntDocument *document = ent_project_lookup_document (project, ent_statement_get_document (st));
  g_autofree char *sentence = NULL;

  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "source");
  ent_json_writer_string (w, ent_statement_get_source (st));
  ent_json_writer_key (w, "target");
  ent_json_writer_string (w, ent_statement_get_target (st));
  ent_json_writer_key (w, "sign");
  ent_json_writer_int (w, ent_statement_get_sign (st));
  ent_json_writer_key (w, "document");
  ent_json_writer_string (w, document ? ent_document_get_id (document) : NULL);
  if (document != NULL)
    {
      sentence = ent_document_dup_span (document, ent_statement_get_sentence_start (st),
                                        ent_statement_get_sentence_end (st));
      ent_json_writer_key (w, "start");
      ent_json_writer_int (w, ent_statement_get_sentence_start (st));
      ent_json_writer_key (w, "end");
      ent_json_writer_int (w, ent_statement_get_sentence_end (st));
    }
  ent_json_writer_key (w, "sentence");
  ent_json_writer_string (w, sentence);
  ent_json_writer_key (w, "cue");
  ent_json_writer_string (w, ent_statement_get_cue (st));
  ent_json_writer_key (w, "confidence");
  ent_json_writer_double (w, ent_statement_get_confidence (st));
  ent_json_writer_key (w, "origin");
  ent_json_writer_string (w, ent_statement_origin_to_string (ent_statement_get_origin (st)));
  ent_json_writer_end_object (w);
}

static void
write_relation (EntJsonWriter       *w,
                EntNetwork          *network,
                EntProject          *project,
                const EntNetworkTie *tie)
{
  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "source");
  ent_json_writer_string (w, ent_actor_get_id (ent_network_get_node (network, tie->source)->actor));
  ent_json_writer_key (w, "target");
  ent_json_writer_string (w, ent_actor_get_id (ent_network_get_node (network, tie->target)->actor));
  ent_json_writer_key (w, "sign");
  ent_json_writer_int (w, tie->sign);
  ent_json_writer_key (w, "weight");
  ent_json_writer_double (w, tie->weight);
  ent_json_writer_key (w, "evidence");
  ent_json_writer_begin_array (w);
  for (guint i = 0; i < tie->statements->len; i++)
    write_evidence (w, project, g_ptr_array_index (tie->statements, i));
  ent_json_writer_end_array (w);
  ent_json_writer_end_object (w);
}

/**
 * ent_network_json_serialize:
 *
 * Writes the network with its positions, laying it out first (seed 0, to
 * convergence) if no layout has been applied yet, so that the output can be
 * drawn as it is; pinned actors keep their positions.
 *
 * Returns: (transfer full): the network as DESIGN.md's JSON network format
 */
GBytes *
ent_network_json_serialize (EntNetwork *network,
                            EntProject *project)
{
  GString *out = g_string_new (NULL);
  EntJsonWriter w;

  g_return_val_if_fail (ENT_IS_NETWORK (network), NULL);
  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  if (!ent_network_get_laid_out (network))
    ent_network_layout (network, 0);
  ent_json_writer_init (&w, out, TRUE);
  ent_json_writer_begin_object (&w);
  ent_json_writer_key (&w, "format");
  ent_json_writer_string (&w, ENT_NETWORK_JSON_FORMAT);
  ent_json_writer_key (&w, "version");
  ent_json_writer_int (&w, ENT_NETWORK_JSON_VERSION);
  ent_json_writer_key (&w, "level");
  ent_json_writer_string (&w, ent_network_get_level (network) == ENT_NETWORK_LEVEL_STATE ? "state" : "actor");

  ent_json_writer_key (&w, "actors");
  ent_json_writer_begin_array (&w);
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    write_actor (&w, network, ent_network_get_node (network, i));
  ent_json_writer_end_array (&w);

  ent_json_writer_key (&w, "relations");
  ent_json_writer_begin_array (&w);
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    write_relation (&w, network, project, ent_network_get_tie (network, i));
  ent_json_writer_end_array (&w);

  ent_json_writer_key (&w, "camps");
  ent_json_writer_begin_array (&w);
  for (guint c = 0; c < ent_network_get_n_camps (network); c++)
    {
      g_autoptr(GArray) members = ent_network_dup_camp (network, c);

      ent_json_writer_begin_array (&w);
      for (guint i = 0; i < members->len; i++)
        ent_json_writer_string (&w, ent_actor_get_id (ent_network_get_node (network, g_array_index (members, guint, i))->actor));
      ent_json_writer_end_array (&w);
    }
  ent_json_writer_end_array (&w);

  ent_json_writer_key (&w, "frustration");
  ent_json_writer_double (&w, ent_network_get_frustration (network));
  ent_json_writer_end_object (&w);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}
