package org.socialcare.supervision.leaver;

import java.util.List;

/**
 * The extension point of leaver archiving: every feature that keeps records about or by a person
 * provides one as a Spring bean, and the archive gathers from all of them (seed 001: "all
 * supervision records ... should be sent to HR"). A new kind of record - audits, learning logs - is
 * archived by adding its contributor, with no change here. The test {@code LeaverArchivingProcessTest}
 * counts each kind in the database independently, so a contributor that misses rows fails the build.
 */
public interface ArchiveContributor {

  /** The kind of record as the archive's index names it, e.g. {@code supervision-record}; unique among contributors. */
  String kind();

  /** Every record of this kind written by or for the person, oldest first, each as a PDF. */
  List<ArchiveEntry> entriesAbout(String userId);
}
