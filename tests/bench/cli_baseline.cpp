// SPDX-License-Identifier: GPL-3.0-or-later
// cli-baseline: the floor a command-line search starts from. A bare Qt
// command-line program that opens the same content database read-only,
// looks one name up through the name index (as the exact tier of a search
// does; a scan of the entity table would grow with the data and make the
// floor higher than the program measured against it) and prints what it
// found: Qt Core and Qt Sql, nothing else. tests/bench/run-all times `huanjiao --search` and `--show` against it.
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
        q.prepare(QStringLiteral("SELECT e.kind, e.slug, e.name FROM search_key k JOIN entity e ON e.rowid = k.entity"
                                 " WHERE k.key = ?"));
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
