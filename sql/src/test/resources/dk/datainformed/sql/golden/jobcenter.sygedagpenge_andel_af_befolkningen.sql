SELECT r.[period], COUNT_BIG(*), COUNT_BIG(*)
  FROM [dwh].[jobindsats_y07a02] r
  GROUP BY r.[period];

WITH [calendar]([key], [period], [finest], [placed]) AS (SELECT *
  FROM (VALUES (N'2024M03', N'2024M03', N'2024M03', CAST('2024-03-31' AS date)), (N'2022M07', N'2022M07', N'2022M07', CAST('2022-07-31' AS date)), (N'2022M02', N'2022M02', N'2022M02', CAST('2022-02-28' AS date)), (N'2022M12', N'2022M12', N'2022M12', CAST('2022-12-31' AS date)), (N'2023M10', N'2023M10', N'2023M10', CAST('2023-10-31' AS date)), (N'2024M12', N'2024M12', N'2024M12', CAST('2024-12-31' AS date)), (N'2022M01', N'2022M01', N'2022M01', CAST('2022-01-31' AS date)), (N'2023M02', N'2023M02', N'2023M02', CAST('2023-02-28' AS date))) AS v([key], [period], [finest], [placed])), [pre] AS (SELECT r.[municipality] AS [municipality], r.[period] AS [period], COUNT_BIG(*) AS [n], COUNT_BIG(*) AS [m0], COUNT_BIG(*) AS [m1], COALESCE(SUM(r.[full_time_persons]), 0) AS [m2], 0 AS [m3], 0 AS [m4]
  FROM [dwh].[jobindsats_y07a02] r
  GROUP BY r.[municipality], r.[period]) SELECT r.[municipality], k.[period], SUM(r.[n]), 0, SUM(r.[m0]), SUM(r.[m1]), COALESCE(SUM(r.[m2]), 0), MIN(r.[m3]), MAX(r.[m4]), 0
  FROM [pre] r
  JOIN [calendar] k ON k.[key] = r.[period]
  GROUP BY r.[municipality], k.[period];

SELECT r.[period], COUNT_BIG(*), COUNT_BIG(CASE WHEN ((r.[age] >= 16) AND (r.[age] <= 66)) THEN 1 END)
  FROM [dwh].[statbank_folk1am] r
  GROUP BY r.[period];

WITH [calendar]([key], [period], [finest], [placed]) AS (SELECT *
  FROM (VALUES (N'2024M03', N'2024M03', N'2024M03', CAST('2024-03-31' AS date)), (N'2022M07', N'2022M07', N'2022M07', CAST('2022-07-31' AS date)), (N'2022M02', N'2022M02', N'2022M02', CAST('2022-02-28' AS date)), (N'2022M12', N'2022M12', N'2022M12', CAST('2022-12-31' AS date)), (N'2023M10', N'2023M10', N'2023M10', CAST('2023-10-31' AS date)), (N'2024M12', N'2024M12', N'2024M12', CAST('2024-12-31' AS date)), (N'2022M01', N'2022M01', N'2022M01', CAST('2022-01-31' AS date)), (N'2023M02', N'2023M02', N'2023M02', CAST('2023-02-28' AS date))) AS v([key], [period], [finest], [placed])), [pre] AS (SELECT r.[municipality] AS [municipality], r.[period] AS [period], COUNT_BIG(*) AS [n], COUNT_BIG(*) AS [m0], COUNT_BIG(*) AS [m1], COALESCE(SUM(CAST(r.[persons] AS BIGINT)), 0) AS [m2], 0 AS [m3], 0 AS [m4]
  FROM [dwh].[statbank_folk1am] r
  WHERE ((r.[age] >= 16) AND (r.[age] <= 66))
  GROUP BY r.[municipality], r.[period]) SELECT r.[municipality], k.[period], SUM(r.[n]), 0, SUM(r.[m0]), SUM(r.[m1]), COALESCE(SUM(r.[m2]), 0), MIN(r.[m3]), MAX(r.[m4]), 0
  FROM [pre] r
  JOIN [calendar] k ON k.[key] = r.[period]
  GROUP BY r.[municipality], k.[period];
