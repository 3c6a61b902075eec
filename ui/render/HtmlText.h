// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "InertText.h"

#include <QString>

namespace huanjiao {

// Small pieces of page HTML shared by every page. Content text always goes
// through esc(): it is text, never markup, and it cannot reorder the text
// around it or take long to lay out (InertText).
namespace HtmlText {

inline QString esc(const QString &text)
{
    return InertText::forLayout(text).toHtmlEscaped();
}

// Content text as a tooltip. Qt shows a tooltip as rich text when it merely
// looks like markup (Qt::mightBeRichText), so content text would become tags
// and an <img> would read a file: this is always rich text, escaped, that
// shows the text itself. Empty stays empty (no empty tooltip bubble).
QString toolTip(const QString &text);

// huanjiao://KIND/ID of an entity.
QString href(const EntityRef &ref);
// <a href="huanjiao://KIND/ID">text</a>; the entity's name when text is empty.
QString link(const EntityRef &ref, const QString &text = {});
// A link to a place on the page of `page` (the outline and the "top" links).
// Its text never breaks across lines: a Chinese line may break between any
// two characters, and a list of short links split mid-word (治/疗) reads as
// two links.
QString anchorLink(const EntityRef &page, const QString &anchor, const QString &text);
QString anchorTarget(const QString &anchor);
// The text with a word joiner (U+2060) between its characters: shown the same, never broken.
QString unbroken(const QString &text);
// The text without the word joiners unbroken() put in, as it is copied out.
QString withoutJoiners(QString text);

} // namespace HtmlText
} // namespace huanjiao
