/* cli-inputs.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* Reads one INPUT of `entente-cli analyze` into @project: a text or HTML
 * article, an http(s) page, or a feed (every entry), each imported and
 * analysed; or a project (merged). Other URL schemes are refused. */
gboolean cli_add_input (EntProject  *project,
                        const char  *input,
                        GPtrArray   *extractions,
                        GError     **error);

G_END_DECLS
