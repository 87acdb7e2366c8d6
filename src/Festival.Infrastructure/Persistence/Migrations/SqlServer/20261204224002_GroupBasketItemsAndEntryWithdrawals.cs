using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Festival.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GroupBasketItemsAndEntryWithdrawals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "BasketItems",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EntryWithdrawals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    SeasonId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    Performers = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByStaff = table.Column<bool>(type: "bit", nullable: false),
                    TotalCents = table.Column<long>(type: "bigint", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryWithdrawals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntryWithdrawals_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EntryWithdrawals_Seasons_SeasonId",
                        column: x => x.SeasonId,
                        principalTable: "Seasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BasketItems_GroupId",
                table: "BasketItems",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_EntryWithdrawals_ClassId",
                table: "EntryWithdrawals",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_EntryWithdrawals_SeasonId",
                table: "EntryWithdrawals",
                column: "SeasonId");

            migrationBuilder.AddForeignKey(
                name: "FK_BasketItems_Groups_GroupId",
                table: "BasketItems",
                column: "GroupId",
                principalTable: "Groups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BasketItems_Groups_GroupId",
                table: "BasketItems");

            migrationBuilder.DropTable(
                name: "EntryWithdrawals");

            migrationBuilder.DropIndex(
                name: "IX_BasketItems_GroupId",
                table: "BasketItems");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "BasketItems");
        }
    }
}
