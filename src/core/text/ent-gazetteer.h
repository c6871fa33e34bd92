/* ent-gazetteer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-enums.h"
#include "ent-tokenizer.h"
#include "ent-word-map.h"

G_BEGIN_DECLS

#define ENT_TYPE_GAZETTEER (ent_gazetteer_get_type ())
#define ENT_LEXICON_ERROR (ent_lexicon_error_quark ())

G_DECLARE_FINAL_TYPE (EntGazetteer, ent_gazetteer, ENT, GAZETTEER, GObject)

typedef enum
{
  ENT_LEXICON_ERROR_NOT_FOUND,
  ENT_LEXICON_ERROR_INVALID,
} EntLexiconError;

/* How a name refers to its actor. */
typedef enum
{
  ENT_NAME_ALIAS,      /* the actor itself: "Russia", "Putin", "NATO" */
  ENT_NAME_TITLE,      /* a role: "the Russian president" */
  ENT_NAME_SEAT,       /* a capital or palace for the government: "the Kremlin" */
  ENT_NAME_ADJECTIVE,  /* a nationality word: "Russian", "Russians" */
  ENT_NAME_FUZZY,      /* within one edit of a known name: "Khemenei" */
} EntNameKind;

typedef struct
{
  char          *id;
  char          *name;
  char          *affiliation;
  char          *role;
  char         **aliases;
  EntActorKind   kind;
  gboolean       user;   /* added from a project, not the dictionaries */
} EntLexActor;

typedef struct
{
  guint        first;   /* token indices, [first, last) */
  guint        last;
  guint        actor;   /* index for ent_gazetteer_get_actor() */
  EntNameKind  name_kind;
} EntMention;

/* A misspelt name is matched from this many letters. */
#define ENT_GAZETTEER_MIN_FUZZY 6

GQuark              ent_lexicon_error_quark      (void);
EntGazetteer       *ent_gazetteer_new            (void) G_GNUC_WARN_UNUSED_RESULT;
EntGazetteer       *ent_gazetteer_new_default    (GError       **error) G_GNUC_WARN_UNUSED_RESULT;
const char         *ent_lexicon_find_dir         (void);
gboolean            ent_gazetteer_load_file      (EntGazetteer  *self,
                                                  const char    *path,
                                                  GError       **error);
gboolean            ent_gazetteer_load_data      (EntGazetteer  *self,
                                                  const char    *data,
                                                  gsize          length,
                                                  const char    *name,
                                                  GError       **error);
void                ent_gazetteer_add_actor      (EntGazetteer  *self,
                                                  const char    *id,
                                                  const char    *name,
                                                  EntActorKind   kind,
                                                  const char    *affiliation,
                                                  const char * const *aliases);
guint               ent_gazetteer_get_n_actors   (EntGazetteer  *self);
const EntLexActor * const *ent_gazetteer_get_actors (EntGazetteer *self);
const EntLexActor  *ent_gazetteer_get_actor      (EntGazetteer  *self,
                                                  guint          index);
const EntLexActor  *ent_gazetteer_lookup         (EntGazetteer  *self,
                                                  const char    *id);
int                 ent_gazetteer_find           (EntGazetteer  *self,
                                                  const char    *id);
const char         *ent_gazetteer_fold_to_state  (EntGazetteer  *self,
                                                  const char    *id);
const char         *ent_gazetteer_get_state      (EntGazetteer  *self,
                                                  guint          index);
gboolean            ent_gazetteer_match          (EntGazetteer  *self,
                                                  const char    *text,
                                                  const EntToken *tokens,
                                                  guint          n_tokens,
                                                  guint          at,
                                                  EntMention    *mention);

const EntWordMap   *ent_gazetteer_get_name_starts (EntGazetteer *self);

/*
 * The first words of the gazetteer's names: the map that
 * ent_gazetteer_get_name_starts() returns, its first member, and a filter
 * on its keys. Most words start no name, and a rare one's lookup in the
 * map is a cache miss, which the filter saves.
 */
typedef struct
{
  EntWordMap    map;
  EntWordFilter filter;
} EntNameStarts;

/* A capitalised word, not in capitals, long enough to be a misspelt name. */
static inline gboolean
ent_gazetteer_may_be_misspelt (const EntToken *token)
{
  return token->end - token->start >= ENT_GAZETTEER_MIN_FUZZY &&
         (token->flags & ENT_TOKEN_CAPITALISED) && !(token->flags & ENT_TOKEN_ALL_CAPS);
}

/**
 * ent_gazetteer_may_match:
 * @starts: ent_gazetteer_get_name_starts()
 *
 * Inline, for every token: %FALSE where ent_gazetteer_match() is sure to
 * find nothing, a word no name starts with that cannot be a misspelt name.
 */
static inline gboolean
ent_gazetteer_may_match (const EntWordMap *starts,
                         const EntToken   *token)
{
  /* The map is the first member of the gazetteer's EntNameStarts. */
  const EntNameStarts *names = (const EntNameStarts *)(gconstpointer)starts;

  if (token->kind != ENT_TOKEN_WORD)
    return FALSE;
  return (ent_word_filter_may_contain (names->filter, token->hash) &&
          ent_word_map_lookup (starts, token->hash) != NULL) ||
         ent_gazetteer_may_be_misspelt (token);
}

G_END_DECLS
