#pragma once

#include <QString>

#include <cstdio>
#include <string>

// Where skops-inspect writes: results to stdout as UTF-8, and errors as one
// line `skops-inspect: …` on stderr with exit status 2.
class CliIo
{
public:
    explicit CliIo(std::FILE *out = stdout, std::FILE *err = stderr);

    void write(const QString &text);
    void write(const std::string &utf8);
    // Prints the message and returns 2, the exit status for unusable input.
    int error(const QString &message);
    int fileError(const QString &file, const QString &message);

private:
    std::FILE *m_out;
    std::FILE *m_err;
};
