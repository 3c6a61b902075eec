// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrisisNumbers.h"
#include "SearchResults.h"

#include <QString>

namespace huanjiao {

// The crisis card's words, shared by the card in the window and by
// `--search`, which must not link Qt Widgets.
namespace CrisisText {

QString title(const CrisisNotice &notice);
QString message(const CrisisNotice &notice, const CrisisNumbers &numbers);
// The numbers alone, one short line ("Mental-health line 12356 · Ambulance 120 · Police 110").
QString numbersLine(const CrisisNotice &notice, const CrisisNumbers &numbers);

} // namespace CrisisText
} // namespace huanjiao
