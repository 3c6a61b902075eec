// SPDX-License-Identifier: GPL-3.0-or-later
// cli-baseline: the floor a command-line search starts from. A bare Qt
// command-line program that opens the same content database read-only,
// looks one name up and prints what it found: Qt Core and Qt Sql, nothing
// else. tests/bench/run-all times `huanjiao --search` and `--show` against it.
//   cli-baseline DATABASE NAME

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: cli-baseline DATABASE NAME\n";
        return 2;
    }
    int found = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(args.at(1));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            QTextStream(stderr) << "cli-baseline: cannot open " << args.at(1) << '\n';
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT kind, slug, name FROM entity WHERE name = ?"));
        q.addBindValue(args.at(2));
        q.exec();
        QTextStream out(stdout);
        while (q.next()) {
            out << q.value(0).toString() << '/' << q.value(1).toString() << '\t' << q.value(2).toString() << '\n';
            ++found;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return found ? 0 : 1;
}
