// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanionProgram.h"

#include "ApplicationSetup.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <map>
#include <string>

#include <unistd.h>

namespace huanjiao::CompanionProgram {

namespace {

// The folder of the running program, from the kernel (argv[0] may be a bare name).
std::string ownFolder()
{
    char buffer[4096];
    const ssize_t length = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length <= 0)
        return std::string();
    const std::string self(buffer, std::size_t(length));
    return self.substr(0, self.rfind('/'));
}

} // namespace

const char *path(const char *name)
{
    // Two programs at most are ever asked for; each is found once.
    static std::map<std::string, std::string> found;
    auto it = found.find(name);
    if (it == found.end()) {
        const std::string folder = ownFolder();
        std::string chosen = folder + "/" HUANJIAO_COMPANION_PROGRAM_FOLDER "/" + name;
        for (const std::string &candidate : {chosen, folder + "/" + name}) {
            if (access(candidate.c_str(), X_OK) == 0) {
                chosen = candidate;
                break;
            }
        }
        it = found.emplace(name, chosen).first;
    }
    return it->second.c_str();
}

int exec(const char *name, int argc, char *argv[])
{
    const char *program = path(name);
    execv(program, argv);
    const int error = errno;
    // Only now is there a reason to start Qt: to say in the reader's language what went wrong.
    QCoreApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(&app);
    QTextStream(stderr) << "huanjiao: "
                        << QCoreApplication::translate("main", "cannot start %1, which this command needs: %2")
                               .arg(QString::fromLocal8Bit(program), QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return 127;
}

} // namespace huanjiao::CompanionProgram
