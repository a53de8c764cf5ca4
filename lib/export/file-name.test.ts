import { describe, expect, it } from "vitest";
import { contentDisposition, exportFileName, pngFileName, recordFileName } from "./file-name";

describe("export file names", () => {
  it("joins chart name and filter slug", () => {
    expect(exportFileName("funds-by-district", "500101_2013-2022", "png")).toBe("funds-by-district_500101_2013-2022.png");
    expect(exportFileName("funds-by-year", "all_1992-2022", "csv")).toBe("funds-by-year_all_1992-2022.csv");
  });

  it("names the pixel ratio only when it is not the default 2×", () => {
    expect(pngFileName("funds-by-year", "all_1992-2022", 2)).toBe("funds-by-year_all_1992-2022.png");
    expect(pngFileName("funds-by-year", "all_1992-2022", 3)).toBe("funds-by-year_all_1992-2022_3x.png");
    expect(pngFileName("funds-by-year", "all_1992-2022", 1)).toBe("funds-by-year_all_1992-2022_1x.png");
  });

  it("keeps names safe for every file system", () => {
    expect(exportFileName("Funds by/District ../", "s310000_2013-2022", "xlsx")).toBe("funds-by-district_s310000_2013-2022.xlsx");
    expect(exportFileName("", "", "pdf")).toBe("export.pdf");
  });

  it("writes Content-Disposition with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("funds-records_all_1992-2022.csv")).toBe(
      "attachment; filename=\"funds-records_all_1992-2022.csv\"; filename*=UTF-8''funds-records_all_1992-2022.csv",
    );
    expect(contentDisposition("简报.pdf")).toBe("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E7%AE%80%E6%8A%A5.pdf");
  });
});

describe("record file names", () => {
  it("carry the search, letters of any script kept, unsafe characters dropped", () => {
    expect(recordFileName("funds-records", "all_1992-2022", "xlsx", "巫山 移民")).toBe("funds-records_all_1992-2022_q-巫山-移民.xlsx");
    expect(recordFileName("funds-records", "all_1992-2022", "csv", "")).toBe("funds-records_all_1992-2022.csv");
    expect(recordFileName("funds-records", "all_1992-2022", "csv", "../a/b")).toBe("funds-records_all_1992-2022_q-a-b.csv");
  });
});
