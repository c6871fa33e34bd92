/* ent-network.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_NETWORK (ent_network_get_type ())

G_DECLARE_FINAL_TYPE (EntNetwork, ent_network, ENT, NETWORK, GObject)

typedef enum
{
  ENT_NETWORK_LEVEL_STATE,  /* persons and agencies fold into their state */
  ENT_NETWORK_LEVEL_ACTOR,  /* every actor stands alone */
} EntNetworkLevel;

#define ENT_NETWORK_NO_CAMP (-1)

typedef struct
{
  EntActor  *actor;     /* the actor the node stands for (borrowed) */
  guint      mentions;  /* of the actor and of everyone folded into it */
  int        camp;      /* index into the camps, or ENT_NETWORK_NO_CAMP */
} EntNetworkNode;

typedef struct
{
  guint      source;      /* node index, source < target */
  guint      target;
  int        sign;        /* +1, -1, or 0 when the statements cancel out */
  double     weight;      /* |sum of sign × confidence| */
  GPtrArray *statements;  /* the accepted EntStatements behind the tie */
} EntNetworkTie;

/*
 * The signed network derived from a project's accepted statements: never
 * saved, rebuilt from the project. Ties are undirected; the directed
 * statements are kept in each tie.
 */
EntNetwork           *ent_network_new           (EntProject      *project,
                                                 EntNetworkLevel  level) G_GNUC_WARN_UNUSED_RESULT;
EntNetworkLevel       ent_network_get_level     (EntNetwork      *self);
guint                 ent_network_get_n_nodes   (EntNetwork      *self);
const EntNetworkNode *ent_network_get_node      (EntNetwork      *self,
                                                 guint            index);
int                   ent_network_find_node     (EntNetwork      *self,
                                                 const char      *actor_id);
guint                 ent_network_get_n_ties    (EntNetwork      *self);
const EntNetworkTie  *ent_network_get_tie       (EntNetwork      *self,
                                                 guint            index);
guint                 ent_network_get_n_camps   (EntNetwork      *self);
GArray               *ent_network_dup_camp      (EntNetwork      *self,
                                                 guint            camp) G_GNUC_WARN_UNUSED_RESULT;
double                ent_network_get_frustration (EntNetwork    *self);
EntActor             *ent_network_fold_actor    (EntProject      *project,
                                                 EntActor        *actor,
                                                 EntNetworkLevel  level);

G_END_DECLS
