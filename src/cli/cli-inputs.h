/* cli-inputs.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* Reads one INPUT of `entente-cli analyze` into @project: a text article
 * (imported and analysed), a project (merged). */
gboolean cli_add_input (EntProject  *project,
                        const char  *input,
                        GPtrArray   *extractions,
                        GError     **error);

G_END_DECLS
