package uk.hearth.documents.domain;

/** The kinds of document a provider may upload, as recognised from the file's content by {@link UploadPolicy}. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The content type to serve the stored file with, whatever the browser said when it was uploaded. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
