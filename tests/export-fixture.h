/* export-fixture.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

/* The network the export tests write: every kind of actor, alliances,
 * oppositions and a tie whose statements cancel out, an actor of no camp,
 * and names that every format must escape: markup, quotes, a line break and
 * a tab, a control character, right-to-left scripts, an emoji, a
 * trailing backslash. Every actor is pinned, so positions are exact and
 * the golden files do not depend on the layout's arithmetic. */

typedef struct
{
  const char   *id;
  const char   *name;
  EntActorKind  kind;
  guint         mentions;
  double        x;
  double        y;
} FixtureActor;

static const FixtureActor fixture_actors[] = {
  { "RUS", "Russia <Federation> & \"friends\"", ENT_ACTOR_KIND_STATE, 16, -220, 20 },
  { "IRN", "Iran's \"Islamic\" Republic", ENT_ACTOR_KIND_STATE, 17, -240, 80 },
  { "SYR", "Syria\nArab\tRepublic", ENT_ACTOR_KIND_STATE, 13, -160, 50 },
  { "USA", "United States \xf0\x9f\x87\xba\xf0\x9f\x87\xb8", ENT_ACTOR_KIND_STATE, 30, 200, 40 },
  { "ISR", "\xd7\x99\xd7\xa9\xd7\xa8\xd7\x90\xd7\x9c", ENT_ACTOR_KIND_STATE, 9, 260, -40 },
  { "SAU", "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xd9\x8a\xd8\xa9", ENT_ACTOR_KIND_STATE, 5, 280, 120 },
  { "putin", "Vladimir Putin, \"the\" President", ENT_ACTOR_KIND_PERSON, 8, -300, -30 },
  { "hamas", "Hamas; a,b 'c'", ENT_ACTOR_KIND_GROUP, 4, 140, -90 },
  { "un", "U.N. \\ backslash\\", ENT_ACTOR_KIND_ORGANISATION, 3, 20, 160 },
  { "al-qa'ida", "Control\x01" "char", ENT_ACTOR_KIND_GROUP, 1, 0, -160 },
};

typedef struct
{
  const char *source;
  int         sign;
  const char *target;
  double      confidence;
} FixtureStatement;

static const FixtureStatement fixture_statements[] = {
  { "RUS", 1, "SYR", 0.9 },
  { "IRN", 1, "SYR", 0.8 },
  { "IRN", 1, "SYR", 0.7 },
  { "putin", 1, "RUS", 1.0 },
  { "USA", -1, "SYR", 0.9 },
  { "RUS", -1, "USA", 0.6 },
  { "IRN", -1, "USA", 0.8 },
  { "ISR", 1, "USA", 0.9 },
  { "SAU", 1, "USA", 0.5 },
  { "hamas", -1, "ISR", 0.9 },
  { "un", 1, "USA", 0.5 },
  { "un", -1, "USA", 0.5 },
};

static inline EntProject *
fixture_project_new (void)
{
  EntProject *project = ent_project_new ();
  g_autoptr(EntDocument) doc =
    ent_document_new ("doc-1", "Russia & Iran back Syria; the \"United States\" <opposes> it.");

  ent_document_set_title (doc, "A <wire> story & \"more\"");
  ent_project_add_document (project, doc);
  for (guint i = 0; i < G_N_ELEMENTS (fixture_actors); i++)
    {
      const FixtureActor *a = &fixture_actors[i];
      g_autoptr(EntActor) actor = ent_actor_new (a->id, a->name, a->kind);

      ent_actor_set_mentions (actor, a->mentions);
      ent_actor_set_position (actor, a->x, a->y, TRUE);
      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixture_statements); i++)
    {
      const FixtureStatement *s = &fixture_statements[i];
      g_autofree char *id = g_strdup_printf ("st-%u", i + 1);
      g_autoptr(EntStatement) st = ent_statement_new (id, s->source, s->sign, s->target);

      ent_statement_set_confidence (st, s->confidence);
      ent_statement_set_cue (st, s->sign > 0 ? "back" : "opposes");
      ent_statement_set_evidence (st, "doc-1", 0, 20, 15, 19);
      ent_project_add_statement (project, st);
    }
  return project;
}

static inline EntNetwork *
fixture_network_new (EntProject *project)
{
  EntNetwork *network = ent_network_new (project, ENT_NETWORK_LEVEL_ACTOR);

  ent_network_layout (network, 0);
  return network;
}
