// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordForm.h"

namespace huanjiao {

// The form for one of the clinic's doctors: who she is, where she works and the conditions she treats.
class DoctorForm : public RecordForm
{
    Q_OBJECT

public:
    explicit DoctorForm(CandidateModels &candidates, QWidget *parent = nullptr);
};

} // namespace huanjiao
