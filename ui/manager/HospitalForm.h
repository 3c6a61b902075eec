// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordForm.h"

namespace huanjiao {

// The form for the clinic's hospital: its name, city and a few words about it.
class HospitalForm : public RecordForm
{
    Q_OBJECT

public:
    explicit HospitalForm(CandidateModels &candidates, QWidget *parent = nullptr);
};

} // namespace huanjiao
