// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordForm.h"

namespace huanjiao {

// The form for a department of the clinic, placed under a department of the base or its own.
class DepartmentForm : public RecordForm
{
    Q_OBJECT

public:
    explicit DepartmentForm(CandidateModels &candidates, QWidget *parent = nullptr);
};

} // namespace huanjiao
