/* entente-core.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-enums.h"
#include "ent-document.h"
#include "ent-actor.h"
#include "ent-statement.h"
#include "ent-project.h"
#include "ent-signed-graph.h"
#include "ent-camps.h"
#include "ent-layout.h"
#include "ent-measures.h"
#include "ent-network.h"
#include "ent-project-file.h"
#include "ent-text-importer.h"
#include "ent-network-json.h"
#include "ent-tokenizer.h"
#include "ent-gazetteer.h"
#include "ent-lexicon.h"
#include "ent-extractor.h"
#include "ent-analysis.h"
