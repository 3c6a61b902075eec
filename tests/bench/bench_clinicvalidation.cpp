// SPDX-License-Identifier: GPL-3.0-or-later
// How long the content manager waits for a check of the clinic's layer as
// staff type (ClinicValidation::check over the bundled content), for a layer
// of a hospital and N doctors, and how long reading the base once takes.
//
//   bench_clinicvalidation [DATABASE] [DOCTORS] [RUNS]

#include "ClinicLayer.h"
#include "ClinicValidation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace huanjiao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString base = args.value(1, QStringLiteral(HUANJIAO_TEST_DATABASE));
    const int doctors = args.value(2, QStringLiteral("50")).toInt();
    const int runs = args.value(3, QStringLiteral("50")).toInt();
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const ClinicValidation validation(base);
    if (!validation.ok()) {
        QTextStream(stderr) << validation.error() << '\n';
        return 1;
    }
    out << "read the base once: " << timer.elapsed() << " ms\n";

    QTemporaryDir dir;
    ClinicLayer layer(dir.filePath(QStringLiteral("clinic")));
    SourceRecord hospital;
    hospital.id = QStringLiteral("clinic-hospital");
    hospital.fields = {{QStringLiteral("name"), QStringLiteral("示例本院"), 0}, {QStringLiteral("city"), QStringLiteral("南昌"), 0}};
    layer.put(Kind::Hospital, hospital);
    for (int i = 0; i < doctors; ++i) {
        SourceRecord doctor;
        doctor.id = QStringLiteral("doctor-%1").arg(i);
        doctor.fields = {{QStringLiteral("name"), QStringLiteral("医生%1").arg(i), 0},
                         {QStringLiteral("clinical-title"), QStringLiteral("主治医师"), 0},
                         {QStringLiteral("works-at"), QStringLiteral("clinic-hospital"), 0},
                         {QStringLiteral("department"), QStringLiteral("neurology"), 0},
                         {QStringLiteral("specialty"), QStringLiteral("面肌痉挛的注射治疗"), 0},
                         {QStringLiteral("treats"), QStringLiteral("hemifacial-spasm"), 0}};
        layer.put(Kind::Doctor, doctor);
    }
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        const auto problems = validation.check(layer);
        times.append(timer.nsecsElapsed() / 1e6);
        if (!problems.isEmpty()) {
            QTextStream(stderr) << "unexpected problem: " << problems.first().message << '\n';
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    out << "check of a layer with " << doctors << " doctors, " << runs << " runs: median "
        << times.at(times.size() / 2) << " ms, max " << times.last() << " ms\n";
    return 0;
}
