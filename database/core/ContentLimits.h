// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace huanjiao::ContentLimits {

// Bounds on content input. They are far above anything a person writes, and
// they keep a wrong file (a database dump, a video renamed .md) from eating
// the machine's memory before the validator can say what is wrong.
constexpr qint64 kMaxSourceFileBytes = 64 * 1024 * 1024; // one *.md file
constexpr qint64 kMaxInterchangeLineBytes = 16 * 1024 * 1024; // one line (entity) of a *.jsonl file
constexpr int kMaxNameLength = 300;       // name, in characters
constexpr int kMaxFieldLength = 20000;    // any other header field
constexpr int kMaxSectionLength = 500000; // a section's prose, items included

} // namespace huanjiao::ContentLimits
