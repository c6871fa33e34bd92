/* ent-network.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-camps.h"
#include "ent-layout.h"
#include "ent-measures.h"
#include "ent-project.h"
#include "ent-signed-graph.h"

G_BEGIN_DECLS

#define ENT_TYPE_NETWORK (ent_network_get_type ())

G_DECLARE_FINAL_TYPE (EntNetwork, ent_network, ENT, NETWORK, GObject)

typedef enum
{
  ENT_NETWORK_LEVEL_STATE,  /* persons and agencies fold into their state */
  ENT_NETWORK_LEVEL_ACTOR,  /* every actor stands alone */
} EntNetworkLevel;

#define ENT_NETWORK_NO_CAMP ENT_CAMPS_NO_CAMP

typedef struct
{
  EntActor  *actor;     /* the actor the node stands for */
  guint      mentions;  /* of the actor and of everyone folded into it */
  int        camp;      /* index into the camps, or ENT_NETWORK_NO_CAMP */
  double     x;         /* the last layout applied, or the pinned position */
  double     y;
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
 * saved, always derived. It follows its project: statement edits (add,
 * remove, accept, reject, flip, re-target) update only the ties they touch;
 * actor edits (add, remove, merge, affiliation, kind) rebuild the nodes.
 * After each project change the camps are recomputed and ::changed is
 * emitted once. Node indices are stable between changes only.
 *
 * Nodes are sorted by actor id and ties by (source, target). The graph
 * (ent_network_get_graph()) and camps are immutable snapshots of the
 * current state with the same node numbering: hand them to worker threads
 * (ent_measures_compute_async(), ent_layout_run_async()) and apply the
 * result on the main thread if the network has not changed meanwhile.
 *
 * Main thread only, like EntProject.
 */
EntNetwork           *ent_network_new             (EntProject      *project,
                                                   EntNetworkLevel  level) G_GNUC_WARN_UNUSED_RESULT;
EntProject           *ent_network_get_project     (EntNetwork      *self);
EntNetworkLevel       ent_network_get_level       (EntNetwork      *self);
void                  ent_network_set_level       (EntNetwork      *self,
                                                   EntNetworkLevel  level);
guint                 ent_network_get_max_camps   (EntNetwork      *self);
void                  ent_network_set_max_camps   (EntNetwork      *self,
                                                   guint            max_camps);
guint                 ent_network_get_n_nodes     (EntNetwork      *self);
const EntNetworkNode *ent_network_get_node        (EntNetwork      *self,
                                                   guint            index);
int                   ent_network_find_node       (EntNetwork      *self,
                                                   const char      *actor_id);
guint                 ent_network_get_n_ties      (EntNetwork      *self);
const EntNetworkTie  *ent_network_get_tie         (EntNetwork      *self,
                                                   guint            index);
int                   ent_network_find_tie        (EntNetwork      *self,
                                                   guint            a,
                                                   guint            b);
EntSignedGraph       *ent_network_get_graph       (EntNetwork      *self);
EntCamps             *ent_network_get_camps       (EntNetwork      *self);
guint                 ent_network_get_n_camps     (EntNetwork      *self);
GArray               *ent_network_dup_camp        (EntNetwork      *self,
                                                   guint            camp) G_GNUC_WARN_UNUSED_RESULT;
double                ent_network_get_frustration (EntNetwork      *self);
EntMeasures          *ent_network_get_measures    (EntNetwork      *self);
EntLayout            *ent_network_create_layout   (EntNetwork      *self,
                                                   guint32          seed) G_GNUC_WARN_UNUSED_RESULT;
void                  ent_network_apply_layout    (EntNetwork      *self,
                                                   EntLayout       *layout);
void                  ent_network_layout          (EntNetwork      *self,
                                                   guint32          seed);
gboolean              ent_network_get_laid_out    (EntNetwork      *self);
EntActor             *ent_network_fold_actor      (EntProject      *project,
                                                   EntActor        *actor,
                                                   EntNetworkLevel  level);

G_END_DECLS
