#pragma once

#include "CliIo.h"
#include "SkopsFile.h"
#include "TrustProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

// What every skops-inspect command over one FILE shares: its parser (with
// --help and --profile), the allow-list profile, and opening the file with
// one-line errors. Each step returns an exit status to stop with, or
// kContinue.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    static constexpr int kContinue = -1;

    CommandContext(CliIo &io, const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    CliIo &io() { return m_io; }

    int parse(const QStringList &arguments);
    QString filePath() const { return m_filePath; }
    // The --profile allow-list, loaded by open().
    const skops::TrustProfile &profile() const { return *m_profile; }
    enum CyclePolicy { RefuseCycles, AcceptCycles };
    // Opens FILE; refuses `__id__` cycles, which skops can build but never
    // load, unless the command accepts them (audit: skops audits them).
    int open(CyclePolicy cycles = RefuseCycles);
    const skops::SkopsFile &file() const { return *m_file; }

private:
    CliIo &m_io;
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_helpOption;
    QString m_filePath;
    std::shared_ptr<const skops::TrustProfile> m_profile;
    std::shared_ptr<const skops::SkopsFile> m_file;
};
