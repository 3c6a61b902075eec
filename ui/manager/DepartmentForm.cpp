// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentForm.h"

namespace huanjiao {

DepartmentForm::DepartmentForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Department,
                 {
                     {QStringLiteral("name")},
                     {QStringLiteral("english")},
                     {QStringLiteral("parent"), FormField::Editor::Link, Kind::Department},
                     {QStringLiteral("summary")},
                 },
                 candidates, parent)
{
}

} // namespace huanjiao
