// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "errortext.h"

namespace oncoref::viewer {

QString ErrorText::openFailure(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::NoSuchFile:
        return tr("There is no such file.");
    case ErrorKind::NotAFile:
        return tr("This is a folder or a special file, not a library file.");
    case ErrorKind::CannotOpen:
        return tr("The file cannot be opened: check that you may read it.");
    case ErrorKind::NotABundle:
        return tr("This file is not an Oncoref library.");
    case ErrorKind::UnsupportedSchema:
        return tr("This library was made for another version of Oncoref: rebuild it, or update "
                  "Oncoref.");
    case ErrorKind::Damaged:
    case ErrorKind::NotFound:
    case ErrorKind::ReadOnly:
    case ErrorKind::DiskFull:
    case ErrorKind::InUse:
    case ErrorKind::TooNew:
    case ErrorKind::Other:
        break;
    }
    return tr("The library is damaged and cannot be read.");
}

QString ErrorText::readFailure(const Error &error)
{
    if (error.kind == ErrorKind::NoSuchFile || error.kind == ErrorKind::CannotOpen)
        return openFailure(error);
    return tr("The library could not be read: it may be damaged.");
}

} // namespace oncoref::viewer
