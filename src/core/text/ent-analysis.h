/* ent-analysis.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-extractor.h"
#include "ent-project.h"

G_BEGIN_DECLS

/*
 * Bringing extraction results into a project: the actors found (and the
 * states they belong to) become project actors, the positions become
 * extracted statements. Re-running keeps the user's word: a position the
 * user rejected stays rejected, and manual positions are never touched.
 */
EntExtractor *ent_analysis_extractor_for_project (EntExtractor   *base,
                                                  EntProject     *project) G_GNUC_WARN_UNUSED_RESULT;
void          ent_analysis_apply                 (EntProject     *project,
                                                  EntGazetteer   *gazetteer,
                                                  EntDocument    *document,
                                                  EntExtraction  *extraction);
void          ent_analysis_add_mentions          (EntProject     *project,
                                                  EntGazetteer   *gazetteer,
                                                  EntExtraction  *extraction);
void          ent_analysis_recount_mentions      (EntProject     *project,
                                                  EntGazetteer   *gazetteer,
                                                  GPtrArray      *extractions);
void          ent_analysis_run_async             (EntExtractor        *extractor,
                                                  GPtrArray           *documents,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
GPtrArray    *ent_analysis_run_finish            (GAsyncResult        *result,
                                                  GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
