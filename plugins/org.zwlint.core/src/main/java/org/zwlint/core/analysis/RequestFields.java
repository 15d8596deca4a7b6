package org.zwlint.core.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * What a field of a request object holds, by its member path below the object: the IRP
 * ("UserBuffer", "AssociatedIrp.SystemBuffer"), its stack location
 * ("Parameters.DeviceIoControl.Type3InputBuffer"), a minifilter's callback data and parameter
 * block ("Iopb", "Parameters.DeviceIoControl.Neither.InputBuffer"). These member paths are
 * distinctive enough to need no type: the base is already known to be a request.
 */
final class RequestFields {
    enum Holds {
        /** A raw address the requestor passed. */
        USER_POINTER,
        /** Kernel memory the I/O manager filled with the requestor's data. */
        USER_DATA_BUFFER,
        /** The requestor's mode. */
        MODE,
        /** Another request object (the stack location, the parameter block). */
        REQUEST,
        IOCTL_CODE,
        /** A length or offset the requestor chose. */
        USER_NUMBER,
        /** An MDL over the requestor's pages. */
        USER_MDL
    }

    record Field(Holds holds, String says) {
        /** Which of the requestor's buffers the field is, by its name. */
        BufferSource source(String memberPath) {
            return switch (holds) {
                case USER_POINTER -> memberPath.endsWith("OutputBuffer") || memberPath.equals("UserBuffer")
                        || memberPath.endsWith("ReadBuffer") || memberPath.endsWith("DirectoryBuffer")
                        ? BufferSource.RAW_OUTPUT : BufferSource.RAW_INPUT;
                case USER_DATA_BUFFER -> BufferSource.SYSTEM_BUFFER;
                case USER_MDL -> BufferSource.MDL_PAGES;
                default -> BufferSource.OTHER;
            };
        }
    }

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("UserBuffer", new Field(Holds.USER_POINTER, "Irp->UserBuffer, the requestor's raw buffer address")),
            Map.entry("AssociatedIrp.SystemBuffer", new Field(Holds.USER_DATA_BUFFER,
                    "the SystemBuffer, kernel memory the I/O manager filled with the requestor's data")),
            Map.entry("RequestorMode", new Field(Holds.MODE, "the requestor's mode")),
            Map.entry("MdlAddress", new Field(Holds.USER_MDL, "the MDL of the requestor's buffer")),
            Map.entry("Tail.Overlay.CurrentStackLocation", new Field(Holds.REQUEST, "the current stack location")),
            Map.entry("Iopb", new Field(Holds.REQUEST, "the I/O parameter block")),
            Map.entry("Parameters.DeviceIoControl.Type3InputBuffer", new Field(Holds.USER_POINTER,
                    "Type3InputBuffer, the requestor's raw input address")),
            Map.entry("Parameters.FileSystemControl.Type3InputBuffer", new Field(Holds.USER_POINTER,
                    "Type3InputBuffer, the requestor's raw input address")),
            Map.entry("Parameters.DeviceIoControl.IoControlCode", new Field(Holds.IOCTL_CODE, "the IOCTL code")),
            Map.entry("Parameters.FileSystemControl.FsControlCode", new Field(Holds.IOCTL_CODE, "the FSCTL code")),
            Map.entry("Parameters.DeviceIoControl.Common.IoControlCode", new Field(Holds.IOCTL_CODE, "the IOCTL code")),
            Map.entry("Parameters.FileSystemControl.Common.FsControlCode", new Field(Holds.IOCTL_CODE, "the FSCTL code")),
            Map.entry("Parameters.DeviceIoControl.InputBufferLength", new Field(Holds.USER_NUMBER,
                    "InputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.DeviceIoControl.OutputBufferLength", new Field(Holds.USER_NUMBER,
                    "OutputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.FileSystemControl.InputBufferLength", new Field(Holds.USER_NUMBER,
                    "InputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.FileSystemControl.OutputBufferLength", new Field(Holds.USER_NUMBER,
                    "OutputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.Read.Length", new Field(Holds.USER_NUMBER, "the read length, chosen by the requestor")),
            Map.entry("Parameters.Write.Length", new Field(Holds.USER_NUMBER, "the write length, chosen by the requestor")),
            Map.entry("Parameters.DeviceIoControl.Common.InputBufferLength", new Field(Holds.USER_NUMBER,
                    "InputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.DeviceIoControl.Common.OutputBufferLength", new Field(Holds.USER_NUMBER,
                    "OutputBufferLength, chosen by the requestor")),
            Map.entry("Parameters.DeviceIoControl.Neither.InputBuffer", new Field(Holds.USER_POINTER,
                    "the METHOD_NEITHER input buffer, the requestor's raw address")),
            Map.entry("Parameters.DeviceIoControl.Neither.OutputBuffer", new Field(Holds.USER_POINTER,
                    "the METHOD_NEITHER output buffer, the requestor's raw address")),
            Map.entry("Parameters.FileSystemControl.Neither.InputBuffer", new Field(Holds.USER_POINTER,
                    "the METHOD_NEITHER input buffer, the requestor's raw address")),
            Map.entry("Parameters.FileSystemControl.Neither.OutputBuffer", new Field(Holds.USER_POINTER,
                    "the METHOD_NEITHER output buffer, the requestor's raw address")),
            Map.entry("Parameters.DeviceIoControl.Neither.OutputMdlAddress", new Field(Holds.USER_MDL,
                    "the MDL FltLockUserBuffer builds over the METHOD_NEITHER output buffer, the requestor's pages")),
            Map.entry("Parameters.FileSystemControl.Neither.OutputMdlAddress", new Field(Holds.USER_MDL,
                    "the MDL FltLockUserBuffer builds over the METHOD_NEITHER output buffer, the requestor's pages")),
            Map.entry("Parameters.Read.ReadBuffer", new Field(Holds.USER_POINTER,
                    "the read buffer, the requestor's raw address unless an MDL or a system buffer stands for it")),
            Map.entry("Parameters.Write.WriteBuffer", new Field(Holds.USER_POINTER,
                    "the write buffer, the requestor's raw address unless an MDL or a system buffer stands for it")),
            Map.entry("Parameters.DirectoryControl.QueryDirectory.DirectoryBuffer", new Field(Holds.USER_POINTER,
                    "the directory buffer, the requestor's raw address unless an MDL stands for it")),
            Map.entry("Parameters.DirectoryControl.NotifyDirectory.DirectoryBuffer", new Field(Holds.USER_POINTER,
                    "the directory buffer, the requestor's raw address unless an MDL stands for it")),
            Map.entry("Parameters.DeviceIoControl.Buffered.SystemBuffer", new Field(Holds.USER_DATA_BUFFER,
                    "the SystemBuffer, kernel memory the I/O manager filled with the requestor's data")));

    /** The probe a system service made of a raw buffer before the driver saw it: for write or read, and by whom. */
    record ServiceProbe(boolean forWrite, String service) {
    }

    /**
     * Raw buffers a minifilter's operation carries that the system service already probed (for the operation's
     * length) when the requestor is user mode: NtReadFile's, NtWriteFile's and NtQueryDirectoryFile's buffer.
     */
    private static final Map<String, ServiceProbe> FILTER_PROBED = Map.of(
            "Parameters.Read.ReadBuffer", new ServiceProbe(true, "NtReadFile's probe of the read buffer"),
            "Parameters.Write.WriteBuffer", new ServiceProbe(false, "NtWriteFile's probe of the write buffer"),
            "Parameters.DirectoryControl.QueryDirectory.DirectoryBuffer",
            new ServiceProbe(true, "NtQueryDirectoryFile's probe of the directory buffer"),
            "Parameters.DirectoryControl.NotifyDirectory.DirectoryBuffer",
            new ServiceProbe(true, "NtNotifyChangeDirectoryFile's probe of the directory buffer"));

    private RequestFields() {
    }

    /**
     * The probe the system service made of the buffer a field holds, in a function with this role: a minifilter's
     * read, write and directory buffers, and Irp->UserBuffer of a request for IRP_MJ_READ, IRP_MJ_WRITE or
     * IRP_MJ_DIRECTORY_CONTROL alone (NtReadFile, NtWriteFile, NtQueryDirectoryFile and NtNotifyChangeDirectoryFile
     * probe it whatever the device's I/O method), in the dispatch routine or in a helper that only such a routine
     * calls (its context keeps the major function); a routine that also handles device controls, where
     * METHOD_NEITHER leaves UserBuffer unprobed, is not one.
     */
    static Optional<ServiceProbe> serviceProbe(String memberPath, EntryRole role, String detail) {
        if (role == EntryRole.MINIFILTER_CALLBACK) {
            return Optional.ofNullable(FILTER_PROBED.get(memberPath));
        }
        if ((role == EntryRole.DISPATCH || role == EntryRole.HELPER) && memberPath.equals("UserBuffer")) {
            return switch (detail) {
                case "IRP_MJ_READ" -> Optional.of(new ServiceProbe(true, "NtReadFile's probe of the read buffer"));
                case "IRP_MJ_WRITE" -> Optional.of(new ServiceProbe(false, "NtWriteFile's probe of the write buffer"));
                case "IRP_MJ_DIRECTORY_CONTROL" -> Optional.of(new ServiceProbe(true,
                        "NtQueryDirectoryFile's (or NtNotifyChangeDirectoryFile's) probe of the directory buffer"));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    static Optional<Field> field(String memberPath) {
        return Optional.ofNullable(FIELDS.get(memberPath));
    }
}
