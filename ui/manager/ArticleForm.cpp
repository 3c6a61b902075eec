// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleForm.h"

namespace huanjiao {

ArticleForm::ArticleForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Article,
                 {
                     {QStringLiteral("name")},
                     {QStringLiteral("summary")},
                     {QStringLiteral("about"), FormField::Editor::Link, Kind::Condition},
                     {QStringLiteral("body"), FormField::Editor::Paragraphs, Kind::Article, {},
                      tr("Paragraphs separated by a blank line; a line starting with \"- \" is a bullet")},
                     {QStringLiteral("source"), FormField::Editor::Link, Kind::Source},
                     {QStringLiteral("status"), FormField::Editor::Choice, Kind::Article,
                      {{QStringLiteral("draft"), tr("Draft")},
                       {QStringLiteral("reviewed"), tr("Reviewed")},
                       {QStringLiteral("sample"), tr("Sample")}}},
                     {QStringLiteral("updated"), FormField::Editor::Line, Kind::Article, {}, tr("YYYY-MM-DD")},
                     {QStringLiteral("reviewed"), FormField::Editor::Line, Kind::Article, {}, tr("YYYY-MM-DD")},
                     {QStringLiteral("reviewer")},
                 },
                 candidates, parent)
{
}

} // namespace huanjiao
