// SPDX-License-Identifier: GPL-3.0-or-later
#include "HospitalForm.h"

namespace huanjiao {

HospitalForm::HospitalForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Hospital,
                 {
                     {QStringLiteral("name")},
                     {QStringLiteral("english")},
                     {QStringLiteral("city")},
                     {QStringLiteral("summary"), FormField::Editor::Line, Kind::Hospital, {},
                      tr("Address, phone and opening hours, as patients should read them")},
                 },
                 candidates, parent)
{
}

} // namespace huanjiao
