#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

// skops-inspect: `tree`, `audit` and `arrays` over a .skops file. Exit codes:
// 0 success (audit: nothing untrusted remains), 1 untrusted types remain,
// 2 the file or the arguments cannot be used. Errors are one line on stderr,
// `skops-inspect: FILE: what is wrong`.
class InspectCli
{
    Q_DECLARE_TR_FUNCTIONS(InspectCli)

public:
    InspectCli(std::FILE *out = stdout, std::FILE *err = stderr);
    int run(const QStringList &arguments);

private:
    int runTree(const QStringList &arguments);
    int runAudit(const QStringList &arguments);
    int runArrays(const QStringList &arguments);
    int usageError(const QString &message);
    int fileError(const QString &file, const QString &message);
    void write(const QString &text);
    void write(const std::string &utf8);

    std::FILE *m_out;
    std::FILE *m_err;
};
